using Cpd.Domain.Records;

namespace Cpd.Domain.Planning;

/// <summary>
/// A record's next steps were to be turned into an objective or a planned record, but the record has no saved
/// answer to its next-steps question (or its framework asks none). Nothing was created.
/// </summary>
public sealed class CpdNextStepsMissingException : CpdException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordId">The record concerned.</param>
    /// <param name="questionKey">The key of the question whose answer was looked for.</param>
    /// <param name="frameworkAsks">Whether the record's framework asks that question at all.</param>
    public CpdNextStepsMissingException(CpdRecordId recordId, string questionKey, bool frameworkAsks)
        : base(frameworkAsks
            ? $"Record {recordId} has no answer to '{questionKey}' yet: say what you will do next first."
            : $"Record {recordId} was answered against a framework without a '{questionKey}' question.")
    {
        RecordId = recordId;
        QuestionKey = questionKey;
        FrameworkAsks = frameworkAsks;
    }

    /// <summary>Gets the record concerned.</summary>
    public CpdRecordId RecordId { get; }

    /// <summary>Gets the key of the question whose answer was looked for.</summary>
    public string QuestionKey { get; }

    /// <summary>Gets whether the record's framework asks that question; when it does, it is just unanswered.</summary>
    public bool FrameworkAsks { get; }
}
