using Cpd.Domain.Records;

namespace Cpd.Storage;

/// <summary>
/// The order in which a store lists a member's records: by activity date, oldest first, with undated
/// records last; then by creation instant; then by id, so that the order is total and the same in every store.
/// </summary>
public sealed class CpdRecordOrder : IComparer<CpdRecord>
{
    private CpdRecordOrder()
    {
    }

    /// <summary>Gets the comparer.</summary>
    public static CpdRecordOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(CpdRecord? x, CpdRecord? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byDate = CompareDates(x, y);
        if (byDate != 0)
        {
            return byDate;
        }

        var byCreation = x.CreatedAt.CompareTo(y.CreatedAt);
        return byCreation != 0 ? byCreation : x.Id.Value.CompareTo(y.Id.Value);
    }

    private static int CompareDates(CpdRecord x, CpdRecord y) => (x.ActivityDate, y.ActivityDate) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        var (a, b) => a.Value.CompareTo(b.Value),
    };
}
