using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Reporting.Model;

/// <summary>Picks the records a report shows: those in the date range that match any requested status.</summary>
internal static class RecordSelection
{
    /// <summary>The records of the report that the options select, in the report's order.</summary>
    public static IReadOnlyList<CpdRecord> Select(CpdReport report, CpdReportOptions options) =>
        options.IsFiltered
            ? [.. report.Records.Where(record => IsSelected(record, report, options))]
            : report.Records;

    /// <summary>
    /// The day a record counts as done on: its activity date or, when it has none, the day it was recorded on
    /// the member's calendar.
    /// </summary>
    public static LocalDate DateOf(CpdRecord record, DateTimeZone zone) =>
        record.ActivityDate ?? record.CreatedAt.InZone(zone).Date;

    private static bool IsSelected(CpdRecord record, CpdReport report, CpdReportOptions options)
    {
        var date = DateOf(record, report.TimeZone);
        var inRange = (options.From is not { } from || date >= from) && (options.To is not { } to || date <= to);
        var statuses = options.Statuses;
        return inRange
            && (statuses.Count == 0 || statuses.Any(status => Matches(record, status, report.MemberToday)));
    }

    private static bool Matches(CpdRecord record, CpdReportStatusFilter status, LocalDate memberToday) => status switch
    {
        CpdReportStatusFilter.Completed => record.Status == CpdRecordStatus.Completed,
        CpdReportStatusFilter.InProgress => record.Status == CpdRecordStatus.InProgress,
        CpdReportStatusFilter.NotStarted => record.Status == CpdRecordStatus.NotStarted,
        CpdReportStatusFilter.Overdue => record.IsOverdueOn(memberToday),
        _ => false,
    };
}
