namespace Cpd.Reminders.Dispatch;

/// <summary>What became of one candidate in a pass.</summary>
internal enum ReminderOutcome
{
    Sent,
    NotYetDue,
    ClaimedElsewhere,
    Withdrawn,
    MemberUnknown,
    Failed,
    NotRecorded,
}
