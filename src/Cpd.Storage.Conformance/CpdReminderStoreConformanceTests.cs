using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Cpd.Storage.Reminders;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using static Cpd.Storage.Conformance.ConformanceRecords;

namespace Cpd.Storage.Conformance;

/// <summary>
/// Example tests of the <see cref="ICpdReminderStore"/> contract: which reminders may be due, and claims that
/// let several dispatchers share one store. Derive from this class and create a fresh, empty store that
/// implements both <see cref="ICpdRecordStore"/> and <see cref="ICpdReminderStore"/>.
/// </summary>
public abstract class CpdReminderStoreConformanceTests : IAsyncLifetime
{
    private static readonly LocalDate Today = new(2026, 12, 3);
    private static readonly Duration Lease = Duration.FromMinutes(10);
    private ICpdRecordStore? _store;

    /// <summary>Gets the clock the suite stamps records with.</summary>
    protected FakeClock Clock { get; } = new(Instant.FromUtc(2026, 12, 3, 9, 0), Duration.FromSeconds(1));

    private ICpdRecordStore Records => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private ICpdReminderStore Reminders => (ICpdReminderStore)Records;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty store that keeps records and reminder dispatch state.</summary>
    /// <returns>The store.</returns>
    protected abstract Task<ICpdRecordStore> CreateStoreAsync();

    /// <summary>Releases what <see cref="CreateStoreAsync"/> created.</summary>
    /// <param name="store">The store.</param>
    /// <returns>A task that completes when the store is released.</returns>
    protected virtual Task DisposeStoreAsync(ICpdRecordStore store) => Task.CompletedTask;

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Only incomplete records with a reminder on or before the date are candidates, oldest first.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task FindDueRemindersAsync_ListsIncompleteRecordsWithRemindersUpToTheDate_OldestFirst()
    {
        await Records.AddAsync(
        [
            New(Clock, Alice, "Due today", reminder: Today),
            New(Clock, Bob, "Overdue, another member", reminder: Today.PlusDays(-10)),
            New(Clock, Alice, "Tomorrow", reminder: Today.PlusDays(1)),
            New(Clock, Alice, "Completed", reminder: Today.PlusDays(-3), answers: Answers(7)),
            New(Clock, Alice, "No reminder"),
        ], Cancellation);

        var due = await Reminders.FindDueRemindersAsync(Today, 100, Cancellation);

        Assert.Equal(["Overdue, another member", "Due today"], due.Select(reminder => reminder.Title));
        Assert.Equal([Bob, Alice], due.Select(reminder => reminder.MemberId));
    }

    /// <summary>The limit caps the candidates.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task FindDueRemindersAsync_StopsAtTheLimit()
    {
        await Records.AddAsync(
            [.. Enumerable.Range(1, 5).Select(day => New(Clock, Alice, $"Day {day}", reminder: new LocalDate(2026, 11, day)))],
            Cancellation);

        var due = await Reminders.FindDueRemindersAsync(Today, 2, Cancellation);

        Assert.Equal(["Day 1", "Day 2"], due.Select(reminder => reminder.Title));
    }

    /// <summary>A claim is exclusive until it runs out; then the next claim counts a new attempt.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task TryClaimReminderAsync_IsExclusiveUntilTheLeaseRunsOut()
    {
        var key = await AddDueAsync();
        var now = Clock.GetCurrentInstant();

        var first = await Reminders.TryClaimReminderAsync(key, "dispatcher-a", now, Lease, Cancellation);
        var during = await Reminders.TryClaimReminderAsync(key, "dispatcher-b", now + Duration.FromMinutes(9), Lease, Cancellation);
        var after = await Reminders.TryClaimReminderAsync(key, "dispatcher-b", now + Lease, Lease, Cancellation);

        Assert.Equal(new ReminderClaim(key, "dispatcher-a", now + Lease, 1), first);
        Assert.Null(during);
        Assert.Equal(new ReminderClaim(key, "dispatcher-b", now + Lease + Lease, 2), after);
    }

    /// <summary>A recorded send is final: no claim is granted again and the reminder is no longer a candidate.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task RecordReminderSentAsync_EndsTheReminderForGood()
    {
        var key = await AddDueAsync();
        var now = Clock.GetCurrentInstant();
        var claim = await Reminders.TryClaimReminderAsync(key, "dispatcher-a", now, Lease, Cancellation);

        await Reminders.RecordReminderSentAsync(claim!, now, Cancellation);

        Assert.Null(await Reminders.TryClaimReminderAsync(key, "dispatcher-b", now + Duration.FromDays(30), Lease, Cancellation));
        Assert.Empty(await Reminders.FindDueRemindersAsync(Today.PlusDays(30), 100, Cancellation));
    }

    /// <summary>A moved reminder is a new reminder: a send for the old date does not stop it.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task MovedReminder_IsDueAgainForItsNewDate()
    {
        var key = await AddDueAsync();
        var now = Clock.GetCurrentInstant();
        await Reminders.RecordReminderSentAsync(
            (await Reminders.TryClaimReminderAsync(key, "dispatcher-a", now, Lease, Cancellation))!, now, Cancellation);
        var record = (await Records.FindAsync(Alice, key.RecordId, Cancellation))!;
        var moved = record.ChangeDetails(record.Details with { ReminderDate = Today.PlusDays(2) }, record.DetailsRevision, Clock);
        await Records.UpdateAsync(moved, record.Version, Cancellation);

        var due = await Reminders.FindDueRemindersAsync(Today.PlusDays(2), 100, Cancellation);

        Assert.Equal([new ReminderKey(key.RecordId, Today.PlusDays(2))], due.Select(reminder => reminder.Key));
    }

    /// <summary>A released claim can be taken again from the retry instant, not before.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task ReleaseReminderClaimAsync_AllowsANewClaimFromTheRetryInstant()
    {
        var key = await AddDueAsync();
        var now = Clock.GetCurrentInstant();
        var claim = await Reminders.TryClaimReminderAsync(key, "dispatcher-a", now, Lease, Cancellation);
        var retryAt = now + Duration.FromMinutes(2);

        await Reminders.ReleaseReminderClaimAsync(claim!, retryAt, Cancellation);

        Assert.Null(await Reminders.TryClaimReminderAsync(key, "dispatcher-b", retryAt - Duration.FromSeconds(1), Lease, Cancellation));
        Assert.NotNull(await Reminders.TryClaimReminderAsync(key, "dispatcher-b", retryAt, Lease, Cancellation));
    }

    /// <summary>Of many dispatchers claiming one reminder at once, exactly one is granted.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task TryClaimReminderAsync_FromEightDispatchersAtOnce_GrantsExactlyOne()
    {
        var key = await AddDueAsync();
        var now = Clock.GetCurrentInstant();

        var claims = await Task.WhenAll(Enumerable.Range(1, 8).Select(n => Task.Run(
            () => Reminders.TryClaimReminderAsync(key, $"dispatcher-{n}", now, Lease, Cancellation))));

        Assert.Single(claims, claim => claim is not null);
    }

    private async Task<ReminderKey> AddDueAsync()
    {
        var record = New(Clock, Alice, "Reading", reminder: Today);
        await Records.AddAsync([record], Cancellation);
        return new ReminderKey(record.Id, Today);
    }
}
