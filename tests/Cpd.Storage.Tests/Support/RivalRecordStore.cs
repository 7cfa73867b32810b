using Cpd.Domain;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage.Tests.Support;

/// <summary>A store where another sitting writes once, just before this sitting's first update.</summary>
/// <param name="inner">The shared store.</param>
/// <param name="rival">The other sitting's write, made straight to the shared store.</param>
public sealed class RivalRecordStore(ICpdRecordStore inner, Func<Task> rival) : ICpdRecordStore
{
    private bool _rivalWrote;

    public Task AddAsync(IReadOnlyCollection<CpdRecord> records, CancellationToken cancellationToken = default) =>
        inner.AddAsync(records, cancellationToken);

    public Task<CpdRecord?> FindAsync(
        MemberId memberId, CpdRecordId id, CancellationToken cancellationToken = default) =>
        inner.FindAsync(memberId, id, cancellationToken);

    public Task<IReadOnlyList<CpdRecord>> ListAsync(MemberId memberId, CancellationToken cancellationToken = default) =>
        inner.ListAsync(memberId, cancellationToken);

    public async Task UpdateAsync(CpdRecord record, long expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!_rivalWrote)
        {
            _rivalWrote = true;
            await rival();
        }

        await inner.UpdateAsync(record, expectedVersion, cancellationToken);
    }

    public Task DeleteAsync(
        MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(memberId, id, expectedVersion, cancellationToken);

    public Task<CpdSummary> SummarizeAsync(
        MemberId memberId, LocalDate memberToday, CancellationToken cancellationToken = default) =>
        inner.SummarizeAsync(memberId, memberToday, cancellationToken);
}
