using Cpd.Domain;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage.Tests.Support;

/// <summary>A store whose every update loses a race: another writer always got there first.</summary>
/// <param name="inner">The store reads come from.</param>
public sealed class AlwaysStaleStore(ICpdRecordStore inner) : ICpdRecordStore
{
    /// <summary>Gets how many updates were tried.</summary>
    public int Writes { get; private set; }

    public Task AddAsync(IReadOnlyCollection<CpdRecord> records, CancellationToken cancellationToken = default) =>
        inner.AddAsync(records, cancellationToken);

    public Task<CpdRecord?> FindAsync(
        MemberId memberId, CpdRecordId id, CancellationToken cancellationToken = default) =>
        inner.FindAsync(memberId, id, cancellationToken);

    public Task<IReadOnlyList<CpdRecord>> ListAsync(MemberId memberId, CancellationToken cancellationToken = default) =>
        inner.ListAsync(memberId, cancellationToken);

    public Task UpdateAsync(CpdRecord record, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Writes++;
        return Task.FromException(new CpdConcurrencyException(record.Id, expectedVersion, expectedVersion + 1));
    }

    public Task DeleteAsync(
        MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(memberId, id, expectedVersion, cancellationToken);

    public Task<CpdSummary> SummarizeAsync(
        MemberId memberId, LocalDate memberToday, CancellationToken cancellationToken = default) =>
        inner.SummarizeAsync(memberId, memberToday, cancellationToken);
}
