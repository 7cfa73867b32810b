namespace Cpd.Domain.Records;

/// <summary>
/// The member saved or cleared an answer that was changed meanwhile in another sitting. Nothing was
/// overwritten: show the member both texts and let them choose.
/// </summary>
public sealed class CpdAnswerConflictException : CpdConflictException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="questionKey">The question whose answer changed.</param>
    /// <param name="attemptedText">The text the member tried to save, or <see langword="null"/> for a clear.</param>
    /// <param name="storedAnswer">The answer stored now, or <see langword="null"/> when it was cleared.</param>
    public CpdAnswerConflictException(string questionKey, string? attemptedText, ReflectionAnswer? storedAnswer)
        : base(Describe(questionKey, storedAnswer))
    {
        QuestionKey = questionKey;
        AttemptedText = attemptedText;
        StoredAnswer = storedAnswer;
    }

    /// <summary>Gets the key of the question whose answer changed.</summary>
    public string QuestionKey { get; }

    /// <summary>Gets the text the member tried to save; <see langword="null"/> when they tried to clear it.</summary>
    public string? AttemptedText { get; }

    /// <summary>Gets the answer stored now; <see langword="null"/> when it was cleared elsewhere.</summary>
    public ReflectionAnswer? StoredAnswer { get; }

    private static string Describe(string questionKey, ReflectionAnswer? stored) =>
        stored is null
            ? $"The answer to '{questionKey}' was cleared in another sitting; nothing was saved."
            : $"The answer to '{questionKey}' was changed in another sitting; nothing was overwritten.";
}
