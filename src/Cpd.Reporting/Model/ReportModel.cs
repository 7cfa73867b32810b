using Cpd.Domain.Records;
using Scriban.Runtime;

namespace Cpd.Reporting.Model;

/// <summary>
/// The whole report as the template sees it: <c>report</c>, <c>summary</c> and <c>records</c>, built from plain
/// values. No live domain object reaches the template, so a template can read only what is put here.
/// </summary>
internal static class ReportModel
{
    public static ScriptObject Build(CpdReport report)
    {
        var records = new ScriptArray(report.Records.Count);
        foreach (var record in report.Records)
        {
            records.Add(RecordModel.Build(record, report.MemberToday));
        }

        return new ScriptObject
        {
            ["report"] = Header(report),
            ["summary"] = Summary(report.Summary),
            ["records"] = records,
        };
    }

    /// <summary>How many loop iterations a template needs to visit every record and question once.</summary>
    public static int Iterations(CpdReport report) => report.Records.Sum(RecordModel.Iterations);

    private static ScriptObject Header(CpdReport report)
    {
        var name = string.IsNullOrWhiteSpace(report.MemberName) ? null : report.MemberName;
        return new ScriptObject
        {
            ["member_id"] = report.MemberId.Value,
            ["member_name"] = name,
            ["member_label"] = name ?? report.MemberId.Value,
            ["member_today"] = ReportText.Date(report.MemberToday).ToScriptObject(),
            ["generated_at"] = ReportText.Time(report.GeneratedAt, report.TimeZone).ToScriptObject(),
            ["time_zone"] = report.TimeZone.Id,
        };
    }

    private static ScriptObject Summary(CpdSummary summary) => new()
    {
        ["total"] = summary.Total,
        ["completed"] = summary.Completed,
        ["in_progress"] = summary.InProgress,
        ["not_started"] = summary.NotStarted,
        ["overdue"] = summary.Overdue,
        ["total_hours"] = ReportText.Hours(summary.TotalHours),
    };
}
