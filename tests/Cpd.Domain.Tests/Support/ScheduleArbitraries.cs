using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cpd.Domain.Tests.Support;

/// <summary>
/// The arbitraries that <c>[Property(Arbitrary = [typeof(ScheduleArbitraries)])]</c> brings in: any zone of the
/// tz database, with dates and send times either anywhere or right at one of the zone's offset changes.
/// </summary>
public static class ScheduleArbitraries
{
    private static readonly DateTimeZone[] Zones =
        [.. DateTimeZoneProviders.Tzdb.Ids.Select(id => DateTimeZoneProviders.Tzdb[id])];

    private static readonly Gen<ScheduleCase> Anywhere =
        from zone in Gen.Elements(Zones)
        from day in Gen.Choose(0, 365 * 200)
        from minute in Gen.Choose(0, (24 * 60) - 1)
        select new ScheduleCase(zone, new LocalDate(1900, 1, 1).PlusDays(day), LocalTime.Midnight.PlusMinutes(minute));

    private static readonly Gen<ScheduleCase> AtAChange =
        from zone in Gen.Elements(Zones)
        from year in Gen.Choose(1950, 2040)
        from pick in Gen.Choose(0, 100)
        from minutes in Gen.Choose(-120, 120)
        select NearChange(zone, year, pick, minutes);

    public static Arbitrary<ScheduleCase> ScheduleCase() => Arb.From(Gen.Frequency((1, Anywhere), (3, AtAChange)));

    // The wall-clock time just before the change, moved by a few minutes either way: inside a gap, inside an
    // overlap, or next to one. A zone with no change that year gives its new year's day.
    private static ScheduleCase NearChange(DateTimeZone zone, int year, int pick, int minutes)
    {
        var start = Instant.FromUtc(year, 1, 1, 0, 0);
        var changes = zone.GetZoneIntervals(start, Instant.FromUtc(year + 1, 1, 1, 0, 0))
            .Where(interval => interval.HasStart && interval.Start > start)
            .ToList();
        if (changes.Count == 0)
        {
            return new ScheduleCase(zone, new LocalDate(year, 1, 1), new LocalTime(9, 0));
        }

        var change = changes[pick % changes.Count];
        var before = zone.GetZoneInterval(change.Start - Duration.Epsilon);
        var local = change.Start.WithOffset(before.WallOffset).LocalDateTime.PlusMinutes(minutes);
        return new ScheduleCase(zone, local.Date, local.TimeOfDay);
    }
}
