using Cpd.Reminders.Tests.Stores;
using Cpd.Reminders.Tests.Support;
using NodaTime;

namespace Cpd.Reminders.Tests;

public sealed partial class ReminderDispatcherTests
{
    /// <summary>
    /// Pins the limitation in docs/known-limitations.md ("A full batch of stuck reminders holds back newer
    /// ones"): candidates come oldest first and include reminders that cannot be sent now, so more of them than
    /// a batch holds keep a newer due reminder from being reached. Every store's query behaves alike.
    /// </summary>
    [Theory]
    [MemberData(nameof(StoreNames))]
    public async Task KnownLimitation_MoreStuckRemindersThanABatch_HoldBackANewerDueReminder(string store)
    {
        await using var world = new ReminderWorld(
            Instant.FromUtc(2027, 6, 15, 12, 0), ReminderStoreFactory.Create(store));
        var departed = world.Member("departed", "Europe/London");
        await world.AddAsync(departed, June15.PlusDays(-3), "Old 1");
        await world.AddAsync(departed, June15.PlusDays(-2), "Old 2");
        world.Members.Remove(departed.MemberId);
        var waiting = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        var dispatcher = world.Dispatcher(configure: options => options.BatchSize = 2);

        var narrow = await dispatcher.DispatchDueAsync(Cancel);
        var wide = await world.Dispatcher(configure: options => options.BatchSize = 3).DispatchDueAsync(Cancel);

        Assert.Equal((2, 0, 2), (narrow.Candidates, narrow.Sent, narrow.MemberUnknown));
        Assert.Equal(1, wide.Sent);
        Assert.Single(world.SentFor(waiting));
    }
}
