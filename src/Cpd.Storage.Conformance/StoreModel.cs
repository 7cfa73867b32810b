using Cpd.Domain;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage.Conformance;

/// <summary>The simplest store that keeps the contract: what a real store is compared with.</summary>
internal sealed class StoreModel
{
    private readonly Dictionary<CpdRecordId, CpdRecord> _records = [];

    public CpdRecord? Find(MemberId member, CpdRecordId id) =>
        _records.TryGetValue(id, out var record) && record.MemberId == member ? record : null;

    public IReadOnlyList<CpdRecord> List(MemberId member) =>
        [.. _records.Values.Where(record => record.MemberId == member).Order(CpdRecordOrder.Instance)];

    public CpdSummary Summarize(MemberId member, LocalDate today) => CpdSummary.Of(List(member), today);

    public void Add(CpdRecord record)
    {
        if (!_records.TryAdd(record.Id, record))
        {
            throw new CpdConflictException("duplicate id");
        }
    }

    public void Update(CpdRecord record, long expectedVersion)
    {
        CheckVersion(record.MemberId, record.Id, expectedVersion);
        _records[record.Id] = record;
    }

    public void Delete(MemberId member, CpdRecordId id, long expectedVersion)
    {
        CheckVersion(member, id, expectedVersion);
        _records.Remove(id);
    }

    private void CheckVersion(MemberId member, CpdRecordId id, long expectedVersion)
    {
        var stored = Find(member, id) ?? throw new CpdRecordNotFoundException(id);
        if (stored.Version != expectedVersion)
        {
            throw new CpdConcurrencyException(id, expectedVersion, stored.Version);
        }
    }
}
