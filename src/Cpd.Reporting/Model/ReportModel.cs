using Cpd.Domain.Records;
using Scriban.Runtime;

namespace Cpd.Reporting.Model;

/// <summary>
/// The whole report as the template sees it: <c>report</c>, <c>summary</c>, <c>records</c>, <c>plan</c> and
/// <c>compliance</c>, built from plain values. No live domain object reaches the template, so a template can read
/// only what is put here.
/// </summary>
internal sealed class ReportModel
{
    private ReportModel(ScriptObject globals, int recordCount, int iterations)
    {
        Globals = globals;
        RecordCount = recordCount;
        Iterations = iterations;
    }

    /// <summary>The variables a template sees.</summary>
    public ScriptObject Globals { get; }

    /// <summary>How many records the report shows.</summary>
    public int RecordCount { get; }

    /// <summary>How many loop iterations a template needs to visit every record, question and column once.</summary>
    public int Iterations { get; }

    public static ReportModel Build(CpdReport report, CpdReportOptions options)
    {
        var selected = RecordSelection.Select(report, options);
        var text = new ReportText(options.Culture);
        var columns = new QuestionColumns(selected);
        var plan = new PlanModel(report.Plan, selected, text);
        var compliance = new ComplianceModel(report.Compliance, text);
        var builder = new RecordModel(text, report.MemberToday, report.TimeZone, columns, plan);

        var records = new ScriptArray(selected.Count);
        var iterations = 1 + columns.Count + options.Statuses.Count + plan.Iterations + compliance.Iterations;
        foreach (var record in selected)
        {
            records.Add(builder.Build(record));
            iterations = checked(iterations + builder.Iterations(record));
        }

        var globals = new ScriptObject
        {
            ["report"] = Header(report, options, text, columns),
            ["summary"] = Summary(CpdSummary.Of(selected, report.MemberToday), builder),
            ["records"] = records,
            ["plan"] = plan.Build(),
            ["compliance"] = compliance.Build(),
        };
        return new ReportModel(globals, selected.Count, iterations);
    }

    private static ScriptObject Header(
        CpdReport report, CpdReportOptions options, ReportText text, QuestionColumns columns)
    {
        var name = string.IsNullOrWhiteSpace(report.MemberName) ? null : report.MemberName;
        return new ScriptObject
        {
            ["member_id"] = report.MemberId.Value,
            ["member_name"] = name,
            ["member_label"] = name ?? report.MemberId.Value,
            ["member_today"] = text.Date(report.MemberToday).ToScriptObject(),
            ["generated_at"] = text.Time(report.GeneratedAt, report.TimeZone).ToScriptObject(),
            ["time_zone"] = report.TimeZone.Id,
            ["selection"] = Selection(options, text),
            ["question_columns"] = columns.ToScriptArray(),
            ["has_plan"] = report.Plan is not null,
            ["has_compliance"] = report.Compliance.Count > 0,
        };
    }

    private static ScriptObject Selection(CpdReportOptions options, ReportText text)
    {
        var statuses = new ScriptArray();
        foreach (var status in options.Statuses.Distinct().Order())
        {
            statuses.Add(ReportText.FilterKey(status));
        }

        return new ScriptObject
        {
            ["filtered"] = options.IsFiltered,
            ["text"] = text.Selection(options),
            ["from"] = options.From is { } from ? text.Date(from).ToScriptObject() : null,
            ["to"] = options.To is { } to ? text.Date(to).ToScriptObject() : null,
            ["statuses"] = statuses,
        };
    }

    private static ScriptObject Summary(CpdSummary summary, RecordModel builder) => new()
    {
        ["total"] = summary.Total,
        ["completed"] = summary.Completed,
        ["in_progress"] = summary.InProgress,
        ["not_started"] = summary.NotStarted,
        ["overdue"] = summary.Overdue,
        ["total_hours"] = builder.Hours(summary.TotalHours),
    };
}
