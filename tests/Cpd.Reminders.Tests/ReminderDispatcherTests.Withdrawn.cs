using Cpd.Reminders.Tests.Stores;
using Cpd.Reminders.Tests.Support;
using NodaTime;

namespace Cpd.Reminders.Tests;

public sealed partial class ReminderDispatcherTests
{
    [Fact]
    public async Task DispatchDue_RecordCompletedBeforeTheSendTime_SendsNothing()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 7, 0));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        var dispatcher = world.Dispatcher();
        await dispatcher.DispatchDueAsync(Cancel);

        await world.CompleteAsync(record);
        await world.RunUntilAsync(dispatcher, Instant.FromUtc(2027, 6, 20, 0, 0), Duration.FromHours(1));

        Assert.Empty(world.Sender.Sent);
    }

    [Theory]
    [MemberData(nameof(StoreNames))]
    public async Task DispatchDue_ReminderMovedBeforeTheSendTime_SendsOnlyOnTheNewDate(string store)
    {
        await using var world = new ReminderWorld(
            Instant.FromUtc(2027, 6, 15, 7, 0), ReminderStoreFactory.Create(store));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        var dispatcher = world.Dispatcher();

        await world.MoveReminderAsync(record, June15.PlusDays(3));
        await world.RunUntilAsync(dispatcher, Instant.FromUtc(2027, 6, 25, 0, 0), Duration.FromHours(1));

        var message = Assert.Single(world.SentFor(record));
        Assert.Equal(June15.PlusDays(3), message.Key.ReminderDate);
        Assert.Equal(Instant.FromUtc(2027, 6, 18, 8, 0), message.ComposedAt);
    }

    [Theory]
    [MemberData(nameof(StoreNames))]
    public async Task DispatchDue_RecordCompletedBetweenTheQueryAndTheSend_SendsNothingForIt(string store)
    {
        await using var world = new ReminderWorld(
            Instant.FromUtc(2027, 6, 15, 12, 0), ReminderStoreFactory.Create(store));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        var intercepting = new InterceptingReminderStore(world.Reminders);
        intercepting.AfterFind = async () =>
        {
            intercepting.AfterFind = () => Task.CompletedTask;
            await world.CompleteAsync(record);
        };

        var report = await world.Dispatcher(reminders: intercepting).DispatchDueAsync(Cancel);
        var later = await world.Dispatcher().DispatchDueAsync(Cancel);

        Assert.Equal((1, 0, 1), (report.Candidates, report.Sent, report.Withdrawn));
        Assert.Equal(0, later.Candidates);
        Assert.Empty(world.Sender.Sent);
        Assert.Equal(ReminderDispatchEventKind.Withdrawn, Assert.Single(world.Events.Events).Kind);
    }

    [Fact]
    public async Task DispatchDue_ReminderMovedBetweenTheQueryAndTheSend_SendsNothingForTheOldDate()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        var store = new InterceptingReminderStore(world.Reminders);
        store.AfterFind = async () =>
        {
            store.AfterFind = () => Task.CompletedTask;
            await world.MoveReminderAsync(record, June15.PlusDays(1));
        };

        var report = await world.Dispatcher(reminders: store).DispatchDueAsync(Cancel);
        await world.RunUntilAsync(world.Dispatcher(), Instant.FromUtc(2027, 6, 17, 0, 0), Duration.FromHours(1));

        Assert.Equal(1, report.Withdrawn);
        var message = Assert.Single(world.SentFor(record));
        Assert.Equal(June15.PlusDays(1), message.Key.ReminderDate);
    }

    [Fact]
    public async Task DispatchDue_ReminderClearedOrRecordDeleted_SendsNothing()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 7, 0));
        var member = world.Member("ada", "Europe/London");
        var cleared = await world.AddAsync(member, June15, "Cleared");
        var deleted = await world.AddAsync(member, June15, "Deleted");

        await world.MoveReminderAsync(cleared, null);
        await world.Journal.DeleteRecordAsync(member.MemberId, deleted.Id, deleted.Version, Cancel);
        await world.RunUntilAsync(world.Dispatcher(), Instant.FromUtc(2027, 6, 17, 0, 0), Duration.FromHours(1));

        Assert.Empty(world.Sender.Sent);
    }
}
