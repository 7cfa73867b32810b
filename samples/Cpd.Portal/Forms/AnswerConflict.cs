using Cpd.Domain.Records;

namespace Cpd.Portal.Forms;

/// <summary>An answer changed elsewhere while the member edited it: both texts, for the member to choose.</summary>
/// <param name="QuestionKey">The question.</param>
/// <param name="AttemptedText">The member's text; <see langword="null"/> when they tried to clear the answer.</param>
/// <param name="StoredAnswer">The answer saved elsewhere; <see langword="null"/> when it was cleared there.</param>
public sealed record AnswerConflict(string QuestionKey, string? AttemptedText, ReflectionAnswer? StoredAnswer)
{
    /// <summary>Reads the conflict from the library's exception.</summary>
    /// <param name="conflict">The exception.</param>
    /// <returns>The conflict.</returns>
    public static AnswerConflict From(CpdAnswerConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return new AnswerConflict(conflict.QuestionKey, conflict.AttemptedText, conflict.StoredAnswer);
    }
}
