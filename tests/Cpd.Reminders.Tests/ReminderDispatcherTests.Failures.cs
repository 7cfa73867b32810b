using Cpd.Reminders.Tests.Stores;
using Cpd.Reminders.Tests.Support;
using Cpd.Storage;
using NodaTime;

namespace Cpd.Reminders.Tests;

public sealed partial class ReminderDispatcherTests
{
    [Theory]
    [MemberData(nameof(StoreNames))]
    public async Task DispatchDue_MailSystemDown_GivesTheClaimUpWithDoublingRetryTimesAndSendsWhenBack(string store)
    {
        await using var world = new ReminderWorld(
            Instant.FromUtc(2027, 6, 15, 12, 0), ReminderStoreFactory.Create(store));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        world.Sender.Fails = _ => true;
        var dispatcher = world.Dispatcher(configure: options => options.SendAttempts = 1);

        var down = await dispatcher.DispatchDueAsync(Cancel);
        world.Clock.Advance(Duration.FromMinutes(4));
        var waiting = await dispatcher.DispatchDueAsync(Cancel);
        world.Clock.Advance(Duration.FromMinutes(1));
        await dispatcher.DispatchDueAsync(Cancel);
        world.Sender.Fails = _ => false;
        world.Clock.Advance(Duration.FromMinutes(10));
        var back = await dispatcher.DispatchDueAsync(Cancel);

        Assert.Equal(1, down.Failed);
        Assert.Equal(1, waiting.ClaimedElsewhere);
        var failures = world.Events.OfKind(ReminderDispatchEventKind.SendFailed);
        Assert.Equal(
            [Instant.FromUtc(2027, 6, 15, 12, 5), Instant.FromUtc(2027, 6, 15, 12, 15)],
            failures.Select(failure => failure.RetryAt!.Value));
        Assert.All(failures, failure => Assert.IsType<CpdReminderDeliveryException>(failure.Error));
        Assert.Equal(1, back.Sent);
        Assert.Single(world.SentFor(record));
    }

    [Fact]
    public async Task DispatchDue_SendFailsTwiceWithinThePass_IsRetriedAndSentInTheSamePass()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        world.Sender.FailNext(2);

        var report = await world.Dispatcher().DispatchDueAsync(Cancel);

        Assert.Equal(1, report.Sent);
        Assert.Equal(3, world.Sender.Attempts);
        Assert.Single(world.SentFor(record));
    }

    [Fact]
    public async Task DispatchDue_ManyRemindersWhileTheServerIsDown_SendsEveryOneOnceWhenItIsBack()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var member = world.Member("ada", "Europe/London");
        var records = new List<Cpd.Domain.Records.CpdRecord>();
        for (var i = 0; i < 30; i++)
        {
            records.Add(await world.AddAsync(member, June15.PlusDays(-(i % 5)), $"Record {i}"));
        }

        world.Sender.Fails = _ => world.Clock.GetCurrentInstant() < Instant.FromUtc(2027, 6, 15, 18, 0);
        await world.RunUntilAsync(world.Dispatcher(), Instant.FromUtc(2027, 6, 17, 0, 0), Duration.FromMinutes(7));

        Assert.All(records, record => Assert.Single(world.SentFor(record)));
        Assert.Equal(30, world.Sender.Sent.Count);
    }

    [Theory]
    [MemberData(nameof(StoreNames))]
    public async Task DispatchDue_CrashBetweenSendAndRecord_SendsOneDuplicateWithTheSameMessageIdAfterTheLease(
        string store)
    {
        await using var world = new ReminderWorld(
            Instant.FromUtc(2027, 6, 15, 12, 0), ReminderStoreFactory.Create(store));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        var dying = new InterceptingReminderStore(world.Reminders)
            { FailRecording = _ => new DispatcherCrashedException() };

        await Assert.ThrowsAsync<DispatcherCrashedException>(
            () => world.Dispatcher("dispatcher-a", reminders: dying).DispatchDueAsync(Cancel));
        var survivor = world.Dispatcher("dispatcher-b");
        var withinLease = await survivor.DispatchDueAsync(Cancel);
        await world.RunUntilAsync(survivor, Instant.FromUtc(2027, 6, 16, 12, 0), Duration.FromMinutes(1));

        Assert.Equal((0, 1), (withinLease.Sent, withinLease.ClaimedElsewhere));
        var messages = world.SentFor(record);
        Assert.Equal(2, messages.Count);
        Assert.Single(messages.Select(message => message.MessageId).Distinct());
        Assert.True(messages[1].ComposedAt >= messages[0].ComposedAt + Duration.FromMinutes(10));
    }

    [Fact]
    public async Task DispatchDue_SendNotRecordedBecauseTheStoreFailed_IsReportedAndRepeatedOnceLater()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        var failing = new InterceptingReminderStore(world.Reminders)
        {
            FailRecording = _ => new CpdStoreException("The database is read-only."),
        };

        var report = await world.Dispatcher(reminders: failing).DispatchDueAsync(Cancel);
        await world.RunUntilAsync(world.Dispatcher(), Instant.FromUtc(2027, 6, 16, 12, 0), Duration.FromMinutes(1));

        Assert.Equal((1, 1), (report.Sent, report.NotRecorded));
        var notRecorded = Assert.Single(world.Events.OfKind(ReminderDispatchEventKind.SendNotRecorded));
        Assert.IsType<CpdStoreException>(notRecorded.Error);
        Assert.Equal(2, world.SentFor(record).Count);
    }

    [Fact]
    public async Task DispatchDue_CancelledDuringTheSend_LeavesTheReminderToBeSentAfterTheLease()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        using var stop = new CancellationTokenSource();
        var stopping = new StoppingSender(stop);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => world.Dispatcher(sender: stopping).DispatchDueAsync(stop.Token));
        await world.RunUntilAsync(world.Dispatcher("dispatcher-2"),
            Instant.FromUtc(2027, 6, 15, 13, 0), Duration.FromMinutes(1));

        var message = Assert.Single(world.SentFor(record));
        Assert.Equal(Instant.FromUtc(2027, 6, 15, 12, 10), message.ComposedAt);
    }

    private sealed class StoppingSender(CancellationTokenSource stop) : IReminderSender
    {
        public async Task SendAsync(ReminderMessage message, CancellationToken cancellationToken = default)
        {
            await stop.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
