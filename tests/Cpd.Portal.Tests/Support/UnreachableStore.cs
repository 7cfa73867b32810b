using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Storage;
using NodaTime;

namespace Cpd.Portal.Tests.Support;

/// <summary>A store whose database is out of reach: every call fails as a store reports it.</summary>
internal sealed class UnreachableStore : ICpdRecordStore
{
    public const string Secret = "/srv/secret/cpd.db";

    public Task AddAsync(IReadOnlyCollection<CpdRecord> records, CancellationToken cancellationToken = default) =>
        throw Failure();

    public Task<CpdRecord?> FindAsync(
        MemberId memberId, CpdRecordId id, CancellationToken cancellationToken = default) =>
        throw Failure();

    public Task<IReadOnlyList<CpdRecord>> ListAsync(MemberId memberId, CancellationToken cancellationToken = default) =>
        throw Failure();

    public Task UpdateAsync(CpdRecord record, long expectedVersion, CancellationToken cancellationToken = default) =>
        throw Failure();

    public Task DeleteAsync(
        MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken = default) =>
        throw Failure();

    public Task<CpdSummary> SummarizeAsync(
        MemberId memberId, LocalDate memberToday, CancellationToken cancellationToken = default) =>
        throw Failure();

    private static CpdStoreException Failure() =>
        new("The record store could not be opened.", new IOException($"Disk I/O error at {Secret}"));
}
