using Cpd.Domain.Records;

namespace Cpd.Domain.Schemes;

/// <summary>A member's records sorted for one scheme's cycle: those that count, and the others with why.</summary>
internal sealed class CycleRecords
{
    private CycleRecords(IReadOnlyList<CountedRecord> counted, IReadOnlyList<ExcludedRecord> excluded)
    {
        Counted = counted;
        Excluded = excluded;
    }

    public IReadOnlyList<CountedRecord> Counted { get; }

    public IReadOnlyList<ExcludedRecord> Excluded { get; }

    public decimal Earned => Counted.Sum(record => record.Credits);

    public decimal PlannedEarned => Counted.Where(record => record.Record.IsPlanned).Sum(record => record.Credits);

    public decimal EarnedIn(SchemeCategory category) =>
        Counted.Where(record => record.Category == category).Sum(record => record.Credits);

    public static CycleRecords Sort(CpdScheme scheme, IEnumerable<CpdRecord> records, CpdCycle cycle)
    {
        var counted = new List<CountedRecord>();
        var excluded = new List<ExcludedRecord>();
        foreach (var record in records)
        {
            if (record.ActivityDate is { } date && !cycle.Contains(date))
            {
                continue;
            }

            var category = scheme.CategoryFor(record.Category);
            if (ReasonToExclude(scheme, record, category) is { } reason)
            {
                excluded.Add(new ExcludedRecord(record.Id, record.Title, reason));
                continue;
            }

            counted.Add(new CountedRecord(record, category!, scheme.Definition.Earning.For(record.Hours)));
        }

        return new CycleRecords(counted, excluded);
    }

    private static ExclusionReason? ReasonToExclude(CpdScheme scheme, CpdRecord record, SchemeCategory? category) =>
        record switch
        {
            { ActivityDate: null } => ExclusionReason.NoActivityDate,
            { Status: not CpdRecordStatus.Completed } when scheme.Definition.CompletedOnly =>
                ExclusionReason.NotCompleted,
            _ when category is null => ExclusionReason.CategoryNotAccepted,
            { Hours: null } when scheme.Definition.Earning.Basis == EarningBasis.PerHour => ExclusionReason.NoHours,
            _ => null,
        };
}
