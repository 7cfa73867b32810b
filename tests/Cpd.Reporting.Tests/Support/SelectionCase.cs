namespace Cpd.Reporting.Tests.Support;

/// <summary>Generated records with generated options: a date range (days from 15 June 2026) and statuses.</summary>
public sealed record SelectionCase(
    IReadOnlyList<RecordCase> Records, int? FromOffset, int? ToOffset, IReadOnlyList<CpdReportStatusFilter> Statuses)
{
    public CpdReportOptions Options => new()
    {
        From = FromOffset is { } from ? RecordCase.Middle.PlusDays(from) : null,
        To = ToOffset is { } to ? RecordCase.Middle.PlusDays(to) : null,
        Statuses = [.. Statuses],
    };

    /// <summary>Whether the record must be shown, worked out here rather than by the library.</summary>
    public bool Selects(RecordCase record)
    {
        var (from, to) = (Options.From, Options.To);
        var inRange = (from is null || record.Date >= from) && (to is null || record.Date <= to);
        return inRange && (Statuses.Count == 0 || Statuses.Any(status => Matches(record, status)));
    }

    public override string ToString() =>
        $"from {FromOffset}, to {ToOffset}, statuses [{string.Join(", ", Statuses)}], "
        + $"records [{string.Join(", ", Records)}]";

    private static bool Matches(RecordCase record, CpdReportStatusFilter status) => status switch
    {
        CpdReportStatusFilter.Completed => record.StatusKey == "completed",
        CpdReportStatusFilter.InProgress => record.StatusKey == "in-progress",
        CpdReportStatusFilter.NotStarted => record.StatusKey == "not-started",
        _ => record.IsOverdue,
    };
}
