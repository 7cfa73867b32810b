namespace Cpd.Reminders;

/// <summary>What one dispatch pass did, counted by outcome.</summary>
/// <param name="Candidates">Reminders the store offered as possibly due.</param>
/// <param name="Sent">Messages accepted by the mail system (recorded or not).</param>
/// <param name="NotYetDue">Candidates whose send time has not come in the member's zone.</param>
/// <param name="ClaimedElsewhere">Candidates claimed by another dispatcher, or waiting for a retry time.</param>
/// <param name="Withdrawn">Reminders withdrawn since the query: record completed, deleted, or reminder moved.</param>
/// <param name="MemberUnknown">Candidates whose member the directory does not know.</param>
/// <param name="Failed">Reminders whose every send attempt failed; tried again later.</param>
/// <param name="NotRecorded">Sent messages whose send could not be recorded.</param>
public sealed record ReminderDispatchReport(
    int Candidates,
    int Sent,
    int NotYetDue,
    int ClaimedElsewhere,
    int Withdrawn,
    int MemberUnknown,
    int Failed,
    int NotRecorded)
{
    /// <summary>Gets the report of a pass that found nothing to do.</summary>
    public static ReminderDispatchReport Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);
}
