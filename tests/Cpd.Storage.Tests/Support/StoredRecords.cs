using Cpd.Domain.Records;

namespace Cpd.Storage.Tests.Support;

/// <summary>Records of several members, to put in one store.</summary>
/// <param name="Records">The records; their ids are distinct.</param>
public sealed record StoredRecords(IReadOnlyList<CpdRecord> Records)
{
    public override string ToString() =>
        string.Join("; ", Records.Select(r => $"{r.MemberId}: {r.ActivityDate} {r.Status}"));
}
