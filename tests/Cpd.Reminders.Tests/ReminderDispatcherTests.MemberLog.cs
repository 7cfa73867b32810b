using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Import.Csv;
using Cpd.Reminders.Tests.Support;
using NodaTime;

namespace Cpd.Reminders.Tests;

public sealed partial class ReminderDispatcherTests
{
    /// <summary>
    /// The shared member log, with the clock moved through the fourteen months of its reminder dates in
    /// quarter-hour passes: each incomplete
    /// record with a reminder gets exactly one email, at 09:00 on its date in the member's zone, and the
    /// completed records none.
    /// </summary>
    [Fact]
    public async Task DispatchDue_TheMemberLogsReminderMonths_SendsOneEmailPerIncompleteRecordAtNineOnItsLocalDate()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var world = new ReminderWorld(Instant.FromUtc(2025, 1, 1, 0, 0));
        var member = world.Member("member-1", "Europe/London");
        var records = await ImportMemberLogAsync(world, member);
        var withReminders = records.Where(record => record.ReminderDate is not null).ToList();
        var first = withReminders.Min(record => record.ReminderDate!.Value);
        var last = withReminders.Max(record => record.ReminderDate!.Value);
        world.Clock.Reset(first.AtStartOfDayInZone(zone).ToInstant());

        var end = last.PlusDays(2).AtStartOfDayInZone(zone).ToInstant();
        await world.RunUntilAsync(world.Dispatcher(), end, Duration.FromMinutes(15));

        Assert.Contains(withReminders, record => record.Status == CpdRecordStatus.Completed);
        Assert.Contains(withReminders, record => record.Status != CpdRecordStatus.Completed);
        foreach (var record in withReminders)
        {
            var sent = world.SentFor(record);
            if (record.Status == CpdRecordStatus.Completed)
            {
                Assert.Empty(sent);
                continue;
            }

            var message = Assert.Single(sent);
            Assert.Equal(record.ReminderDate!.Value.At(new LocalTime(9, 0)),
                message.ComposedAt.InZone(zone).LocalDateTime);
        }
    }

    private static async Task<IReadOnlyList<CpdRecord>> ImportMemberLogAsync(ReminderWorld world, MemberContact member)
    {
        await using var csv = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "member-log.csv"));
        var records = new CsvLogImporter(ReflectionFrameworks.Default, world.Clock).Read(csv, member.MemberId);
        await world.Records.AddAsync([.. records], Cancel);
        return records;
    }
}
