using Cpd.Domain.Records;
using Cpd.Reminders.Tests.Stores;
using Cpd.Reminders.Tests.Support;
using NodaTime;

namespace Cpd.Reminders.Tests;

public sealed partial class ReminderDispatcherTests
{
    private static readonly string[] Zones =
    [
        "Europe/London", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata", "Australia/Sydney",
        "America/New_York",
    ];

    [Theory]
    [MemberData(nameof(StoreNames))]
    public async Task DispatchDue_FourDispatchersAtOnce_SendEachDueReminderExactlyOnce(string store)
    {
        await using var world = new ReminderWorld(
            Instant.FromUtc(2027, 6, 13, 0, 0), ReminderStoreFactory.Create(store));
        var records = await AddSpreadAsync(world, count: 120);
        var dispatchers = Enumerable.Range(1, 4).Select(n => world.Dispatcher($"dispatcher-{n}")).ToArray();

        while (world.Clock.GetCurrentInstant() < Instant.FromUtc(2027, 6, 20, 0, 0))
        {
            await Task.WhenAll(dispatchers.Select(dispatcher => Task.Run(() => dispatcher.DispatchDueAsync(Cancel))));
            world.Clock.Advance(Duration.FromMinutes(20));
        }

        Assert.Equal(records.Count, world.Sender.Sent.Count);
        Assert.All(records, record => Assert.Single(world.SentFor(record)));
        Assert.Equal(records.Count,
            world.Events.OfKind(ReminderDispatchEventKind.Sent).Select(sent => sent.Key).Distinct().Count());
    }

    [Fact]
    public async Task DispatchDue_FourDispatchersStartingTogetherOnADueBacklog_SendEachOnce()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 13, 0, 0));
        var records = await AddSpreadAsync(world, count: 80);
        world.Clock.Reset(Instant.FromUtc(2027, 6, 25, 0, 0));
        var dispatchers = Enumerable.Range(1, 4)
            .Select(n => world.Dispatcher($"dispatcher-{n}", options => options.BatchSize = 200))
            .ToArray();

        var reports = await Task.WhenAll(
            dispatchers.Select(dispatcher => Task.Run(() => dispatcher.DispatchDueAsync(Cancel))));

        Assert.Equal(records.Count, reports.Sum(report => report.Sent));
        Assert.All(reports, report => Assert.Equal(report.Candidates, report.Sent + report.ClaimedElsewhere));
        Assert.All(records, record => Assert.Single(world.SentFor(record)));
    }

    private static async Task<List<CpdRecord>> AddSpreadAsync(ReminderWorld world, int count)
    {
        var records = new List<CpdRecord>();
        for (var i = 0; i < count; i++)
        {
            var member = world.Member($"member-{i % 12}", Zones[i % Zones.Length]);
            records.Add(await world.AddAsync(member, new LocalDate(2027, 6, 14).PlusDays(i % 4), $"Record {i}"));
        }

        return records;
    }
}
