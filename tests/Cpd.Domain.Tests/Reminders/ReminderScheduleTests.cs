using Cpd.Domain.Reminders;
using Cpd.Domain.Tests.Support;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Domain.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static readonly ReminderSchedule Nine = ReminderSchedule.Default;

    public static TheoryData<string, string, string, string> DueInstants => new()
    {
        // Zone, reminder date, send time, due instant (UTC).
        { "Pacific/Auckland", "2027-06-15", "09:00", "2027-06-14T21:00:00Z" },
        { "America/Los_Angeles", "2027-06-15", "09:00", "2027-06-15T16:00:00Z" },
        { "Asia/Kolkata", "2027-01-15", "09:00", "2027-01-15T03:30:00Z" },
        // Europe/London springs forward at 01:00 GMT on 28 March 2027: 01:00 to 01:59 do not exist and move on
        // by the hour's gap; 02:30 exists (BST), so both send at 01:30 UTC.
        { "Europe/London", "2027-03-28", "01:30", "2027-03-28T01:30:00Z" },
        { "Europe/London", "2027-03-28", "02:30", "2027-03-28T01:30:00Z" },
        // In Paris the same night skips 02:00 to 02:59.
        { "Europe/Paris", "2027-03-28", "02:30", "2027-03-28T01:30:00Z" },
        // London falls back at 02:00 BST on 31 October 2027: 01:30 happens twice; the earlier (BST) is used.
        { "Europe/London", "2027-10-31", "01:30", "2027-10-31T00:30:00Z" },
        { "America/New_York", "2027-03-14", "02:30", "2027-03-14T07:30:00Z" },
        { "America/New_York", "2027-11-07", "01:30", "2027-11-07T05:30:00Z" },
        { "Australia/Sydney", "2027-10-03", "02:30", "2027-10-02T16:30:00Z" },
        { "Australia/Sydney", "2027-04-04", "02:30", "2027-04-03T15:30:00Z" },
        // Samoa skipped 30 December 2011 entirely: a reminder on that date falls due on the 31st.
        { "Pacific/Apia", "2011-12-30", "09:00", "2011-12-30T19:00:00Z" },
        { "Pacific/Apia", "2011-12-31", "09:00", "2011-12-30T19:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(DueInstants))]
    public void DueAt_InAZoneOnADate_IsTheDocumentedInstant(string zone, string date, string sendAt, string expected)
    {
        var schedule = new ReminderSchedule(
            LocalTimePattern.Create("HH:mm", System.Globalization.CultureInfo.InvariantCulture)
            .Parse(sendAt).Value);

        var due = schedule.DueAt(LocalDatePattern.Iso.Parse(date).Value, DateTimeZoneProviders.Tzdb[zone]);

        Assert.Equal(InstantPattern.General.Parse(expected).Value, due);
    }

    [Fact]
    public void IsDue_OnTheReminderDate_FromTheSendTimeOnAndNotBefore()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var date = new LocalDate(2027, 6, 15);

        Assert.False(Nine.IsDue(date, zone, Instant.FromUtc(2027, 6, 14, 22, 59)));
        Assert.False(Nine.IsDue(date, zone, Instant.FromUtc(2027, 6, 15, 7, 59, 59)));
        Assert.True(Nine.IsDue(date, zone, Instant.FromUtc(2027, 6, 15, 8, 0)));
        Assert.True(Nine.IsDue(date, zone, Instant.FromUtc(2027, 6, 16, 8, 0)));
    }

    [Fact]
    public void ReminderDate_TwentyNinthFebruary_ExistsOnlyInLeapYears()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocalDate(2027, 2, 29));
        Assert.False(LocalDatePattern.Iso.Parse("2027-02-29").Success);
        Assert.Equal(
            Instant.FromUtc(2028, 2, 29, 9, 0),
            Nine.DueAt(new LocalDate(2028, 2, 29), DateTimeZoneProviders.Tzdb["Europe/London"]));
    }

    [Fact]
    public void LatestPossiblyDueDate_AnyInstant_IsTheDateAtUtcPlusFourteen()
    {
        Assert.Equal(new LocalDate(2027, 6, 15),
            ReminderSchedule.LatestPossiblyDueDate(Instant.FromUtc(2027, 6, 14, 10, 0)));
        Assert.Equal(new LocalDate(2027, 6, 14),
            ReminderSchedule.LatestPossiblyDueDate(Instant.FromUtc(2027, 6, 14, 9, 59)));
    }

    /// <summary>
    /// For any zone and date: the due instant is the send time on the reminder date when that local time exists
    /// once; the earlier of the two when it exists twice; and, only when a clock change skips it, the send time
    /// moved on by the length of the gap, which is the one case where the member's local date of the send can
    /// be later than the reminder date.
    /// </summary>
    [Property(Arbitrary = [typeof(ScheduleArbitraries)], MaxTest = 2_000)]
    public void DueAt_AnyZoneAndDate_IsTheSendTimeThereOrMovedOnByAGap(ScheduleCase sample)
    {
        var schedule = new ReminderSchedule(sample.SendAt);
        var wanted = sample.Date.At(sample.SendAt);
        var mapping = sample.Zone.MapLocal(wanted);

        var due = schedule.DueAt(sample.Date, sample.Zone);
        var local = due.InZone(sample.Zone).LocalDateTime;

        if (mapping.Count == 0)
        {
            // Ticks, not an Offset: a gap can exceed the ±18 hours an Offset holds (Kwajalein skipped a whole day).
            var gapTicks = mapping.LateInterval.WallOffset.Ticks - mapping.EarlyInterval.WallOffset.Ticks;
            Assert.Equal(wanted.PlusTicks(gapTicks), local);
            Assert.True(local.Date >= sample.Date);
        }
        else
        {
            Assert.Equal(mapping.First().ToInstant(), due);
            Assert.Equal(wanted, local);
        }
    }

    [Fact]
    public void DueAt_OnTheDayKwajaleinSkipped_IsTheSameTimeTheNextDay()
    {
        var kwajalein = DateTimeZoneProviders.Tzdb["Pacific/Kwajalein"];

        var due = ReminderSchedule.Default.DueAt(new LocalDate(1993, 8, 21), kwajalein);

        Assert.Equal(new LocalDateTime(1993, 8, 22, 9, 0), due.InZone(kwajalein).LocalDateTime);
    }

    /// <summary>
    /// Later reminder dates never fall due earlier: dispatch in date order is dispatch in time order.
    /// </summary>
    [Property(Arbitrary = [typeof(ScheduleArbitraries)], MaxTest = 1_000)]
    public void DueAt_TheNextDate_IsNeverEarlier(ScheduleCase sample)
    {
        var schedule = new ReminderSchedule(sample.SendAt);

        Assert.True(schedule.DueAt(sample.Date, sample.Zone) <= schedule.DueAt(sample.Date.PlusDays(1), sample.Zone));
    }
}
