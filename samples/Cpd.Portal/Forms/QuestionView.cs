using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Portal.Forms;

/// <summary>One reflective question on the record page, with its saved answer and what the last command left.</summary>
/// <param name="RecordId">The record.</param>
/// <param name="Number">The question's number, from 1.</param>
/// <param name="Question">The question.</param>
/// <param name="Answer">The saved answer, if any.</param>
/// <param name="Zone">The member's time zone, for the saved time.</param>
public sealed record QuestionView(
    CpdRecordId RecordId, int Number, ReflectionQuestion Question, ReflectionAnswer? Answer, DateTimeZone Zone)
{
    /// <summary>Gets the refused attempt at this answer, if the last command was one.</summary>
    public AnswerAttempt? Attempt { get; init; }

    /// <summary>Gets the conflict the last command met on this answer, if any.</summary>
    public AnswerConflict? Conflict { get; init; }

    /// <summary>Gets whether this answer was saved by the last command.</summary>
    public bool JustSaved { get; init; }

    /// <summary>Gets the key of the browser draft of this answer.</summary>
    public string DraftKey => DraftKeys.Answer(RecordId, Question.Key);

    /// <summary>Gets the element id prefix of this question.</summary>
    public string Id => "q-" + Question.Key;

    /// <summary>Gets the text the answer box shows: the member's attempt, or the saved answer.</summary>
    public string Text => Conflict?.AttemptedText ?? Attempt?.Text ?? Answer?.Text ?? string.Empty;

    /// <summary>Gets the answer revision the form is based on.</summary>
    public long Revision => Conflict is { } conflict
        ? conflict.StoredAnswer?.Revision ?? CpdRecord.NoRevision
        : Attempt?.Revision ?? Answer?.Revision ?? CpdRecord.NoRevision;

    /// <summary>Gets the saved state, as the member reads it.</summary>
    public string SavedState => Answer switch
    {
        null => "Not answered yet",
        _ when JustSaved => "Saved just now",
        { } answer => "Saved " + RecordText.Time(answer.SavedAt, Zone),
    };
}
