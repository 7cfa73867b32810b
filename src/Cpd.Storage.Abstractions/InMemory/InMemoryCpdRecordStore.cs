using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Cpd.Storage.Reminders;
using NodaTime;

namespace Cpd.Storage.InMemory;

/// <summary>
/// A store that keeps records and development plans in the process's memory: for tests, prototypes and demos.
/// It keeps every promise of <see cref="ICpdRecordStore"/> and <see cref="Planning.ICpdPlanStore"/> except
/// durability: what it holds is gone when the process ends.
/// </summary>
/// <remarks>Safe to use from several threads at once.</remarks>
public sealed partial class InMemoryCpdRecordStore : ICpdRecordStore, ICpdReminderStore
{
    private readonly Lock _writeLock = new();
    private CpdRecordSet _table = CpdRecordSet.Empty;
    private ReminderLedger _ledger = ReminderLedger.Empty;

    /// <inheritdoc />
    public Task<IReadOnlyList<DueReminder>> FindDueRemindersAsync(
        LocalDate latestReminderDate, int limit, CancellationToken cancellationToken = default)
    {
        var ledger = Volatile.Read(ref _ledger);
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<IReadOnlyList<DueReminder>>(cancellationToken)
            : Task.FromResult(Volatile.Read(ref _table).FindDueReminders(latestReminderDate, ledger.IsSent, limit));
    }

    /// <inheritdoc />
    public Task<ReminderClaim?> TryClaimReminderAsync(
        ReminderKey key, string dispatcherId, Instant now, Duration lease, CancellationToken cancellationToken = default)
    {
        ReminderClaim? claim = null;
        var change = ChangeLedger(ledger => ledger.TryClaim(key, dispatcherId, now, lease, out claim), cancellationToken);
        return change.IsCompletedSuccessfully ? Task.FromResult(claim) : Task.FromException<ReminderClaim?>(change.Exception!);
    }

    /// <inheritdoc />
    public Task RecordReminderSentAsync(ReminderClaim claim, Instant sentAt, CancellationToken cancellationToken = default) =>
        ChangeLedger(ledger => ledger.RecordSent(claim, sentAt), cancellationToken);

    /// <inheritdoc />
    public Task ReleaseReminderClaimAsync(ReminderClaim claim, Instant retryAt, CancellationToken cancellationToken = default) =>
        ChangeLedger(ledger => ledger.Release(claim, retryAt), cancellationToken);

    /// <inheritdoc />
    public Task AddAsync(IReadOnlyCollection<CpdRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Change(table => table.Add(records), cancellationToken);
    }

    /// <inheritdoc />
    public Task<CpdRecord?> FindAsync(MemberId memberId, CpdRecordId id, CancellationToken cancellationToken = default)
    {
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<CpdRecord?>(cancellationToken)
            : Task.FromResult(Volatile.Read(ref _table).Find(memberId, id));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CpdRecord>> ListAsync(MemberId memberId, CancellationToken cancellationToken = default)
    {
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<IReadOnlyList<CpdRecord>>(cancellationToken)
            : Task.FromResult(Volatile.Read(ref _table).List(memberId));
    }

    /// <inheritdoc />
    public Task UpdateAsync(CpdRecord record, long expectedVersion, CancellationToken cancellationToken = default) =>
        Change(table => table.Update(record, expectedVersion), cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(
        MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken = default) =>
        Change(table => table.Delete(memberId, id, expectedVersion), cancellationToken);

    /// <inheritdoc />
    public Task<CpdSummary> SummarizeAsync(
        MemberId memberId, LocalDate memberToday, CancellationToken cancellationToken = default)
    {
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<CpdSummary>(cancellationToken)
            : Task.FromResult(Volatile.Read(ref _table).Summarize(memberId, memberToday));
    }

    private Task ChangeLedger(Func<ReminderLedger, ReminderLedger> change, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        try
        {
            lock (_writeLock)
            {
                Volatile.Write(ref _ledger, change(_ledger));
            }

            return Task.CompletedTask;
        }
        catch (ArgumentException exception)
        {
            return Task.FromException(exception);
        }
    }

    private Task Change(Func<CpdRecordSet, CpdRecordSet> change, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        try
        {
            lock (_writeLock)
            {
                Volatile.Write(ref _table, change(_table));
            }

            return Task.CompletedTask;
        }
        catch (Exception exception) when (exception is CpdException or ArgumentException)
        {
            return Task.FromException(exception);
        }
    }
}
