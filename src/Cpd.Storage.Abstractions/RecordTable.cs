using System.Collections.Immutable;
using Cpd.Domain;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage;

/// <summary>
/// An immutable table of records that enforces the store contract (scoping, versions, unique ids). Each
/// change returns a new table, so a store can publish or persist it whole, or drop it on failure.
/// </summary>
internal sealed class RecordTable
{
    private readonly ImmutableDictionary<CpdRecordId, CpdRecord> _records;

    private RecordTable(ImmutableDictionary<CpdRecordId, CpdRecord> records) => _records = records;

    public static RecordTable Empty { get; } = new(ImmutableDictionary<CpdRecordId, CpdRecord>.Empty);

    public IEnumerable<CpdRecord> All => _records.Values;

    public static RecordTable Of(IEnumerable<CpdRecord> records) => Empty.Add([.. records]);

    public RecordTable Add(IReadOnlyCollection<CpdRecord> records)
    {
        var builder = _records.ToBuilder();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (!builder.TryAdd(record.Id, record))
            {
                throw new CpdConflictException($"A record with id {record.Id} already exists; nothing was added.");
            }
        }

        return new RecordTable(builder.ToImmutable());
    }

    public CpdRecord? Find(MemberId memberId, CpdRecordId id) =>
        _records.TryGetValue(id, out var record) && record.MemberId == memberId ? record : null;

    public IReadOnlyList<CpdRecord> List(MemberId memberId) =>
        [.. _records.Values.Where(record => record.MemberId == memberId).Order(CpdRecordOrder.Instance)];

    public CpdSummary Summarize(MemberId memberId, LocalDate memberToday) =>
        CpdSummary.Of(_records.Values.Where(record => record.MemberId == memberId), memberToday);

    public RecordTable Update(CpdRecord record, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Version <= expectedVersion)
        {
            throw new ArgumentException(
                $"The changed record is at version {record.Version}, which is not after {expectedVersion}.",
                nameof(record));
        }

        ThrowIfStale(Get(record.MemberId, record.Id), expectedVersion);
        return new RecordTable(_records.SetItem(record.Id, record));
    }

    public RecordTable Delete(MemberId memberId, CpdRecordId id, long expectedVersion)
    {
        ThrowIfStale(Get(memberId, id), expectedVersion);
        return new RecordTable(_records.Remove(id));
    }

    private static void ThrowIfStale(CpdRecord stored, long expectedVersion)
    {
        if (stored.Version != expectedVersion)
        {
            throw new CpdConcurrencyException(stored.Id, expectedVersion, stored.Version);
        }
    }

    private CpdRecord Get(MemberId memberId, CpdRecordId id) =>
        Find(memberId, id) ?? throw new CpdRecordNotFoundException(id);
}
