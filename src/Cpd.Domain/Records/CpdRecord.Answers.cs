using NodaTime;

namespace Cpd.Domain.Records;

public sealed partial class CpdRecord
{
    /// <summary>
    /// Saves the member's answer to one question. When every question then has an answer, the record is
    /// completed.
    /// </summary>
    /// <param name="questionKey">The question's key in the record's framework.</param>
    /// <param name="text">The answer, kept exactly as typed; must not be blank.</param>
    /// <param name="expectedRevision">
    /// The revision of the answer the member started from (<see cref="ReflectionAnswer.Revision"/>), or
    /// <see cref="NoRevision"/> when there was none.
    /// </param>
    /// <param name="clock">The clock that stamps the change.</param>
    /// <returns>
    /// The changed record; this same record when the stored answer already has exactly this text.
    /// </returns>
    /// <exception cref="CpdValidationException">The key is unknown, or the text blank or too long.</exception>
    /// <exception cref="CpdAnswerConflictException">The answer was changed meanwhile in another sitting.</exception>
    public CpdRecord SaveAnswer(string questionKey, string text, long expectedRevision, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (AnswerRules.Check(Framework, questionKey, text) is { } error)
        {
            throw new CpdValidationException(error);
        }

        var stored = AnswerTo(questionKey);
        if (string.Equals(stored?.Text, text, StringComparison.Ordinal))
        {
            return this;
        }

        ThrowIfAnswerMoved(questionKey, text, stored, expectedRevision);
        var answers = _answers.SetItem(questionKey, new ReflectionAnswer(text, clock.GetCurrentInstant(), Version + 1));
        var change = new AnswerChange(questionKey, stored is not null, answers.Count, Framework.Questions.Count);
        var status = RecordLifecycle.AfterSave(Status, change);
        return With(Content() with { Answers = answers, Status = status }, clock);
    }

    /// <summary>
    /// Clears the member's answer to one question. A completed record is no longer completed.
    /// </summary>
    /// <param name="questionKey">The question's key in the record's framework.</param>
    /// <param name="expectedRevision">The revision of the answer the member saw.</param>
    /// <param name="clock">The clock that stamps the change.</param>
    /// <returns>The changed record.</returns>
    /// <exception cref="CpdValidationException">The key is unknown.</exception>
    /// <exception cref="CpdLifecycleException">The question has no saved answer to clear.</exception>
    /// <exception cref="CpdAnswerConflictException">The answer was changed meanwhile in another sitting.</exception>
    public CpdRecord ClearAnswer(string questionKey, long expectedRevision, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (AnswerRules.CheckKey(Framework, questionKey) is { } error)
        {
            throw new CpdValidationException(error);
        }

        var stored = AnswerTo(questionKey);
        var answers = _answers.Remove(questionKey);
        var change = new AnswerChange(questionKey, stored is not null, answers.Count, Framework.Questions.Count);
        var status = RecordLifecycle.AfterClear(Status, change);
        ThrowIfAnswerMoved(questionKey, null, stored, expectedRevision);
        return With(Content() with { Answers = answers, Status = status }, clock);
    }

    /// <summary>Tells whether the question has a saved answer that <see cref="ClearAnswer"/> could clear.</summary>
    /// <param name="questionKey">The question's key.</param>
    /// <returns><see langword="true"/> when there is an answer to clear.</returns>
    public bool CanClearAnswer(string questionKey) => _answers.ContainsKey(questionKey);

    private static void ThrowIfAnswerMoved(string key, string? attempted, ReflectionAnswer? stored, long expected)
    {
        if ((stored?.Revision ?? NoRevision) != expected)
        {
            throw new CpdAnswerConflictException(key, attempted, stored);
        }
    }

    private CpdRecord With(RecordContent content, IClock clock) =>
        With(content with { Version = Version + 1, UpdatedAt = Later(clock.GetCurrentInstant()) });

    // A clock set back (or a server with a slower clock) must not make a record change before it changed.
    private Instant Later(Instant now) => now < UpdatedAt ? UpdatedAt : now;
}
