using Cpd.Domain;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage.InMemory;

/// <summary>
/// A store that keeps records in the process's memory: for tests, prototypes and demos. It keeps every
/// promise of <see cref="ICpdRecordStore"/> except durability: its records are gone when the process ends.
/// </summary>
/// <remarks>Safe to use from several threads at once.</remarks>
public sealed class InMemoryCpdRecordStore : ICpdRecordStore
{
    private readonly Lock _writeLock = new();
    private CpdRecordSet _table = CpdRecordSet.Empty;

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
