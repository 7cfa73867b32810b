namespace Cpd.MultiHost.Tests.Load;

/// <summary>One save of an answer as a member made it and as the host answered it.</summary>
/// <param name="RecordId">The record.</param>
/// <param name="QuestionKey">The question.</param>
/// <param name="BaseRevision">The answer revision the member's page showed, which the save was based on.</param>
/// <param name="Text">The text saved; every save's text is different.</param>
/// <param name="Outcome">How the host answered.</param>
/// <param name="Latency">From sending the request to reading the response.</param>
/// <param name="Measured">Whether it counts in the figures (not a warm-up).</param>
/// <param name="Problem">What went wrong, for a failed save.</param>
internal sealed record SaveAttempt(
    Guid RecordId,
    string QuestionKey,
    long BaseRevision,
    string Text,
    SaveOutcome Outcome,
    TimeSpan Latency,
    bool Measured,
    string? Problem = null);
