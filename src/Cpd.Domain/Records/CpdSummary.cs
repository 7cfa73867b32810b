using NodaTime;

namespace Cpd.Domain.Records;

/// <summary>What a member sees at a glance: how many records, in which state, how many overdue, how many hours.</summary>
/// <param name="Total">All the member's records.</param>
/// <param name="Completed">Records with every question answered.</param>
/// <param name="InProgress">Records with some questions answered.</param>
/// <param name="NotStarted">Records with no question answered.</param>
/// <param name="Overdue">Incomplete records whose reminder date is before the member's today.</param>
/// <param name="TotalHours">The hours of all records added up.</param>
public sealed record CpdSummary(int Total, int Completed, int InProgress, int NotStarted, int Overdue, decimal TotalHours)
{
    /// <summary>Gets the summary of no records.</summary>
    public static CpdSummary Empty { get; } = new(0, 0, 0, 0, 0, 0m);

    /// <summary>Summarises records on the member's date.</summary>
    /// <param name="records">The member's records.</param>
    /// <param name="memberToday">Today on the member's own calendar.</param>
    /// <returns>The summary.</returns>
    public static CpdSummary Of(IEnumerable<CpdRecord> records, LocalDate memberToday)
    {
        ArgumentNullException.ThrowIfNull(records);
        int total = 0, completed = 0, inProgress = 0, notStarted = 0, overdue = 0;
        var hours = 0m;
        foreach (var record in records)
        {
            total++;
            switch (record.Status)
            {
                case CpdRecordStatus.Completed: completed++; break;
                case CpdRecordStatus.InProgress: inProgress++; break;
                default: notStarted++; break;
            }

            overdue += record.IsOverdueOn(memberToday) ? 1 : 0;
            hours += record.Hours ?? 0m;
        }

        return new CpdSummary(total, completed, inProgress, notStarted, overdue, hours);
    }

    /// <summary>Adds one record to the summary.</summary>
    /// <param name="record">The record to count.</param>
    /// <param name="memberToday">Today on the member's own calendar.</param>
    /// <returns>The summary with the record counted.</returns>
    public CpdSummary Add(CpdRecord record, LocalDate memberToday)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new CpdSummary(
            Total + 1,
            Completed + (record.Status == CpdRecordStatus.Completed ? 1 : 0),
            InProgress + (record.Status == CpdRecordStatus.InProgress ? 1 : 0),
            NotStarted + (record.Status == CpdRecordStatus.NotStarted ? 1 : 0),
            Overdue + (record.IsOverdueOn(memberToday) ? 1 : 0),
            TotalHours + (record.Hours ?? 0m));
    }
}
