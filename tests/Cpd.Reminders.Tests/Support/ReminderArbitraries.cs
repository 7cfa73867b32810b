using FsCheck;
using FsCheck.Fluent;

namespace Cpd.Reminders.Tests.Support;

/// <summary>The arbitraries that <c>[Property(Arbitrary = [typeof(ReminderArbitraries)])]</c> brings in.</summary>
public static class ReminderArbitraries
{
    private static readonly string[] Zones =
    [
        "Pacific/Kiritimati", "Pacific/Auckland", "Australia/Sydney", "Asia/Kolkata", "Asia/Kathmandu",
        "Europe/London", "America/New_York", "America/Los_Angeles", "Pacific/Pago_Pago", "Etc/UTC",
    ];

    private static readonly Gen<PlannedReminder> Reminder =
        from zone in Gen.Elements(Zones)
        from day in Gen.Choose(0, 4)
        from completed in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        select new PlannedReminder(zone, day, completed);

    private static readonly Gen<PlannedPass> Pass =
        from minutes in Gen.Frequency((3, Gen.Choose(0, 90)), (1, Gen.Choose(90, 2_000)))
        from dispatcher in Gen.Choose(0, 1)
        from down in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        select new PlannedPass(minutes, dispatcher, down);

    public static Arbitrary<DispatchScenario> DispatchScenario() =>
        Arb.From(
            from reminderCount in Gen.Choose(1, 12)
            from reminders in Gen.ArrayOf(Reminder, reminderCount)
            from passCount in Gen.Choose(0, 40)
            from passes in Gen.ArrayOf(Pass, passCount)
            select new DispatchScenario(reminders, passes),
            Shrink);

    private static IEnumerable<DispatchScenario> Shrink(DispatchScenario scenario) =>
        Enumerable.Range(0, scenario.Passes.Count)
            .Select(skip => scenario with { Passes = [.. scenario.Passes.Where((_, i) => i != skip)] })
            .Concat(Enumerable.Range(0, scenario.Reminders.Count).Where(_ => scenario.Reminders.Count > 1)
                .Select(skip => scenario with { Reminders = [.. scenario.Reminders.Where((_, i) => i != skip)] }));
}
