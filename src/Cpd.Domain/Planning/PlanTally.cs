using Cpd.Domain.Records;

namespace Cpd.Domain.Planning;

/// <summary>Planned and unplanned records and their hours, counted in one pass.</summary>
internal readonly record struct PlanTally(
    int PlannedRecords, int UnplannedRecords, decimal PlannedHours, decimal UnplannedHours)
{
    public static PlanTally Of(IEnumerable<CpdRecord> records) =>
        records.Aggregate(default(PlanTally), (tally, record) => tally.Add(record));

    private PlanTally Add(CpdRecord record) =>
        record.IsPlanned
            ? this with { PlannedRecords = PlannedRecords + 1, PlannedHours = PlannedHours + (record.Hours ?? 0m) }
            : this with
            {
                UnplannedRecords = UnplannedRecords + 1, UnplannedHours = UnplannedHours + (record.Hours ?? 0m),
            };
}
