namespace Cpd.Reminders.Tests.Support;

/// <summary>Records with reminders, and the passes dispatchers run over them while the clock moves on.</summary>
/// <param name="Reminders">Each record's reminder.</param>
/// <param name="Passes">The passes, in order.</param>
public sealed record DispatchScenario(IReadOnlyList<PlannedReminder> Reminders, IReadOnlyList<PlannedPass> Passes)
{
    public override string ToString() =>
        $"{Reminders.Count} reminders [{string.Join(", ", Reminders)}]; passes [{string.Join(", ", Passes)}]";
}

/// <summary>
/// A record's reminder: the member's zone, the date (days after the start) and whether it gets completed.
/// </summary>
public sealed record PlannedReminder(string Zone, int Day, bool Completed);

/// <summary>One pass: the clock moves on, then one of the dispatchers runs, with the mail system up or down.</summary>
public sealed record PlannedPass(int MinutesLater, int Dispatcher, bool MailSystemDown);
