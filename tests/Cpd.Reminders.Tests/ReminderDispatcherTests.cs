using Cpd.Reminders.Tests.Stores;
using Cpd.Reminders.Tests.Support;
using NodaTime;

namespace Cpd.Reminders.Tests;

public sealed partial class ReminderDispatcherTests
{
    private static readonly LocalDate June15 = new(2027, 6, 15);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(StoreNames))]
    public async Task DispatchDue_AtNineOnTheReminderDateInLondon_SendsOneMessage(string store)
    {
        await using var world = new ReminderWorld(
            Instant.FromUtc(2027, 6, 15, 7, 59), ReminderStoreFactory.Create(store));
        var member = world.Member("ada", "Europe/London");
        var record = await world.AddAsync(member, June15);
        var dispatcher = world.Dispatcher();

        var early = await dispatcher.DispatchDueAsync(Cancel);
        world.Clock.Advance(Duration.FromMinutes(1));
        var due = await dispatcher.DispatchDueAsync(Cancel);
        var again = await dispatcher.DispatchDueAsync(Cancel);

        Assert.Equal((1, 0, 1), (early.Candidates, early.Sent, early.NotYetDue));
        Assert.Equal(1, due.Sent);
        Assert.Equal(0, again.Candidates);
        var message = Assert.Single(world.Sender.Sent);
        Assert.Equal(record.Id, message.Key.RecordId);
        Assert.Equal(June15, message.Key.ReminderDate);
        Assert.Equal("ada@members.example.org", message.ToAddress);
        Assert.Equal($"reminder.{record.Id}.2027-06-15@portal.example.org", message.MessageId);
        Assert.Equal(ReminderDispatchEventKind.Sent, Assert.Single(world.Events.Events).Kind);
    }

    [Fact]
    public async Task DispatchDue_SameDateInAucklandAndLosAngeles_EachArrivesAtNineLocal()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 14, 20, 59));
        var auckland = await world.AddAsync(world.Member("kiri", "Pacific/Auckland"), June15);
        var losAngeles = await world.AddAsync(world.Member("maria", "America/Los_Angeles"), June15);
        var dispatcher = world.Dispatcher();

        await world.RunUntilAsync(dispatcher, Instant.FromUtc(2027, 6, 16, 0, 0), Duration.FromMinutes(1));

        // 09:00 NZST (UTC+12) is 21:00 UTC the day before; 09:00 PDT (UTC-7) is 16:00 UTC.
        Assert.Equal(Instant.FromUtc(2027, 6, 14, 21, 0), Assert.Single(world.SentFor(auckland)).ComposedAt);
        Assert.Equal(Instant.FromUtc(2027, 6, 15, 16, 0), Assert.Single(world.SentFor(losAngeles)).ComposedAt);
    }

    [Fact]
    public async Task DispatchDue_TheDayBeforeTheReminderDate_SendsNothingUntilTheDateItself()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 14, 22, 59));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        var dispatcher = world.Dispatcher();

        await dispatcher.DispatchDueAsync(Cancel); // 23:59 BST on 14 June
        world.Clock.Advance(Duration.FromMinutes(1));
        await dispatcher.DispatchDueAsync(Cancel); // 00:00 BST on 15 June: the date, not yet the time
        var beforeTime = world.Sender.Sent.Count;
        world.Clock.Reset(Instant.FromUtc(2027, 6, 15, 8, 0));
        await dispatcher.DispatchDueAsync(Cancel);

        Assert.Equal(0, beforeTime);
        Assert.Single(world.SentFor(record));
    }

    [Theory]
    [MemberData(nameof(StoreNames))]
    public async Task DispatchDue_DownOnTheDay_SendsTheMissedReminderOnceWhenBack(string store)
    {
        await using var world = new ReminderWorld(
            Instant.FromUtc(2027, 6, 1, 0, 0), ReminderStoreFactory.Create(store));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), June15);
        var dispatcher = world.Dispatcher();

        world.Clock.Reset(Instant.FromUtc(2027, 6, 18, 12, 0)); // no pass ran from 1 June to 18 June
        var back = await dispatcher.DispatchDueAsync(Cancel);
        await world.RunUntilAsync(dispatcher, Instant.FromUtc(2027, 6, 25, 0, 0), Duration.FromHours(1));

        Assert.Equal(1, back.Sent);
        var message = Assert.Single(world.SentFor(record));
        Assert.Equal(June15, message.Key.ReminderDate);
    }

    [Fact]
    public async Task DispatchDue_OnTwentyNinthFebruaryOfALeapYear_SendsOnThatDay()
    {
        var leapDay = new LocalDate(2028, 2, 29);
        var world = new ReminderWorld(Instant.FromUtc(2028, 2, 28, 0, 0));
        var record = await world.AddAsync(world.Member("ada", "Europe/London"), leapDay);

        await world.RunUntilAsync(world.Dispatcher(), Instant.FromUtc(2028, 3, 2, 0, 0), Duration.FromMinutes(30));

        Assert.Equal(Instant.FromUtc(2028, 2, 29, 9, 0), Assert.Single(world.SentFor(record)).ComposedAt);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocalDate(2027, 2, 29));
    }

    [Fact]
    public async Task DispatchDue_MemberNotInTheDirectory_IsReportedSkippedAndSentOnceTheyAre()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var ghost = world.Member("ghost", "Europe/London");
        var known = world.Member("ada", "Europe/London");
        var ghostRecord = await world.AddAsync(ghost, June15);
        var knownRecord = await world.AddAsync(known, June15);
        world.Members.Remove(ghost.MemberId);
        var dispatcher = world.Dispatcher();

        var first = await dispatcher.DispatchDueAsync(Cancel);
        world.Members.Add(ghost);
        var second = await dispatcher.DispatchDueAsync(Cancel);

        Assert.Equal((1, 1), (first.Sent, first.MemberUnknown));
        Assert.Equal(ghostRecord.Id,
            Assert.Single(world.Events.OfKind(ReminderDispatchEventKind.MemberUnknown)).Key.RecordId);
        Assert.Single(world.SentFor(knownRecord));
        Assert.Equal(1, second.Sent);
        Assert.Single(world.SentFor(ghostRecord));
    }

    [Fact]
    public async Task DispatchDue_ListenerThatThrows_DoesNotStopThePass()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var member = world.Member("ada", "Europe/London");
        await world.AddAsync(member, June15, "First");
        await world.AddAsync(member, June15, "Second");
        var dispatcher = new ReminderDispatcher(
            world.Records, world.Reminders, world.Members, world.Sender, world.Clock, ReminderWorld.Options(),
            new ThrowingListener());

        var report = await dispatcher.DispatchDueAsync(Cancel);

        Assert.Equal(2, report.Sent);
    }

    [Fact]
    public void Constructor_WithInvalidOptions_NamesEveryFieldAtFault()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var options = new ReminderDispatchOptions
            { BatchSize = 0, Lease = Duration.FromSeconds(5), DispatcherId = " " };

        var error = Assert.Throws<Cpd.Domain.CpdValidationException>(() => new ReminderDispatcher(
            world.Records, world.Reminders, world.Members, world.Sender, world.Clock, options));

        Assert.Equal(
            ["recordBaseAddress", "lease", "batchSize", "dispatcherId"],
            error.Errors.Select(problem => problem.Field));
    }

    public static TheoryData<string> StoreNames() => ReminderStoreFactory.Names;

    private sealed class ThrowingListener : IReminderDispatchListener
    {
        public void OnDispatchEvent(ReminderDispatchEvent dispatchEvent) =>
            throw new InvalidOperationException("The log is full.");
    }
}
