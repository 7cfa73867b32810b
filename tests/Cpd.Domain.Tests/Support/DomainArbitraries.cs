using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cpd.Domain.Tests.Support;

/// <summary>The arbitraries that <c>[Property(Arbitrary = [typeof(DomainArbitraries)])]</c> brings in.</summary>
public static class DomainArbitraries
{
    private static readonly string[] ZoneIds = [.. DateTimeZoneProviders.Tzdb.Ids];

    public static Arbitrary<CommandScript> CommandScript() =>
        Arb.From(
            from record in DomainGen.NewRecord
            from count in Gen.Choose(0, 40)
            from commands in Gen.ArrayOf(CommandGen.AnswerCommand, count)
            select new CommandScript(record, commands),
            ShrinkScript);

    public static Arbitrary<RecordSample> RecordSample() =>
        Arb.From(CommandGen.Record.Select(record => new RecordSample(record)));

    public static Arbitrary<RefusableCommand> RefusableCommand() =>
        Arb.From(
            from record in CommandGen.Record
            from command in Gen.Frequency((3, CommandGen.LikelyRefused), (1, CommandGen.AnyCommand))
            select new RefusableCommand(record, command));

    public static Arbitrary<MemberDay> MemberDay() => Arb.From(MemberDayGen);

    public static Arbitrary<MemberRecords> MemberRecords() =>
        Arb.From(
            from day in MemberDayGen
            from count in Gen.Choose(0, 25)
            from records in Gen.ArrayOf(CommandGen.Record, count)
            select new MemberRecords(day, records));

    // Mostly near the day generated reminders cluster around, so that records fall overdue both ways.
    private static Gen<MemberDay> MemberDayGen { get; } =
        from now in Gen.Frequency((3, DomainGen.InstantNearAround), (1, DomainGen.Instant))
        from zone in Gen.Frequency(
            (3, Gen.Elements("Pacific/Auckland", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London",
                "America/Los_Angeles", "Asia/Kolkata", "Australia/Adelaide", "Asia/Kathmandu", "UTC")),
            (2, Gen.Elements(ZoneIds)))
        select new MemberDay(now, DateTimeZoneProviders.Tzdb[zone]);

    private static IEnumerable<CommandScript> ShrinkScript(CommandScript script) =>
        Enumerable.Range(0, script.Commands.Count)
            .Select(skip => script with { Commands = [.. script.Commands.Where((_, i) => i != skip)] });
}
