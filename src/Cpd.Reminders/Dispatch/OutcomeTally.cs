namespace Cpd.Reminders.Dispatch;

/// <summary>Counts a pass's outcomes into a <see cref="ReminderDispatchReport"/>.</summary>
internal sealed class OutcomeTally
{
    private readonly int[] _counts = new int[Enum.GetValues<ReminderOutcome>().Length];
    private int _candidates;

    public void Add(ReminderOutcome outcome)
    {
        _candidates++;
        _counts[(int)outcome]++;
    }

    public ReminderDispatchReport ToReport() => new(
        _candidates,
        Count(ReminderOutcome.Sent) + Count(ReminderOutcome.NotRecorded),
        Count(ReminderOutcome.NotYetDue),
        Count(ReminderOutcome.ClaimedElsewhere),
        Count(ReminderOutcome.Withdrawn),
        Count(ReminderOutcome.MemberUnknown),
        Count(ReminderOutcome.Failed),
        Count(ReminderOutcome.NotRecorded));

    private int Count(ReminderOutcome outcome) => _counts[(int)outcome];
}
