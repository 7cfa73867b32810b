using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Cpd.Domain.Records;
using Cpd.Reporting;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Benchmarks.Support;

/// <summary>
/// The baseline for the HTML report: the same page as the built-in template, written by hand with a
/// StringBuilder and System.Text.Encodings.Web, for the invariant culture and a report without a selection.
/// The static head and style sheet are taken once from the built-in template; everything that depends on the
/// records is written here. A test checks that the two pages are identical, so the baseline does the same work.
/// </summary>
public sealed class HandWrittenHtmlReport
{
    private static readonly HtmlEncoder Encoder = EncoderWithVisibleBidiControls();
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern LongDateTime =
        LocalDateTimePattern.Create("d MMMM uuuu 'at' HH:mm", CultureInfo.InvariantCulture);
    private static readonly OffsetDateTimePattern IsoOffset =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    private readonly (string Head, string AfterTitle) _static = StaticParts();

    /// <summary>Writes the report page.</summary>
    public string Render(CpdReport report)
    {
        var html = new StringBuilder(4 * 1024 * 1024).Append(_static.Head);
        var summary = CpdSummary.Of(report.Records, report.MemberToday);
        WriteHeader(html, report, _static.AfterTitle);
        WriteSummary(html, summary);
        foreach (var record in report.Records)
        {
            WriteRecord(html, record, report.MemberToday);
        }

        return html.Append("</main>\n<footer>\n<p>End of the CPD report: ")
            .Append(summary.Total).Append(summary.Total == 1 ? " record" : " records")
            .Append(".</p>\n</footer>\n</body>\n</html>\n").ToString();
    }

    private static void WriteHeader(StringBuilder html, CpdReport report, string afterTitle)
    {
        var label = string.IsNullOrWhiteSpace(report.MemberName) ? report.MemberId.Value : report.MemberName;
        var generated = report.GeneratedAt.InZone(report.TimeZone);
        html.Append(Encode(label)).Append(afterTitle).Append(Encode(label)).Append("</span></h1>\n<dl class=\"report-meta\">\n");
        if (!string.IsNullOrWhiteSpace(report.MemberName))
        {
            html.Append("<div><dt>Member ID</dt><dd><span class=\"text\">").Append(Encode(report.MemberId.Value))
                .Append("</span></dd></div>\n");
        }

        html.Append("<div><dt>Generated</dt><dd><time datetime=\"").Append(Encode(IsoOffset.Format(generated.ToOffsetDateTime())))
            .Append("\">").Append(Encode($"{LongDateTime.Format(generated.LocalDateTime)} ({report.TimeZone.Id})"))
            .Append("</time></dd></div>\n<div><dt>Overdue counted on</dt><dd>");
        WriteTime(html, report.MemberToday);
        html.Append("</dd></div>\n</dl>\n</header>\n<main>\n");
    }

    private static void WriteSummary(StringBuilder html, CpdSummary summary)
    {
        html.Append("<section class=\"summary\" aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">Summary</h2>\n")
            .Append("<table>\n<tbody>\n");
        Row(html, "<tr>", "Total records", summary.Total);
        Row(html, "<tr>", "Completed", summary.Completed);
        Row(html, "<tr>", "In progress", summary.InProgress);
        Row(html, "<tr>", "Not started", summary.NotStarted);
        Row(html, "<tr class=\"overdue\">", "Overdue", summary.Overdue);
        html.Append("<tr><th scope=\"row\">Total hours</th><td>").Append(Encode(Hours(summary.TotalHours)))
            .Append("</td></tr>\n</tbody>\n</table>\n</section>\n");
        if (summary.Total == 0)
        {
            html.Append("<p class=\"empty\">No CPD records yet.</p>\n");
        }
    }

    private static void Row(StringBuilder html, string row, string label, int count) =>
        html.Append(row).Append("<th scope=\"row\">").Append(label).Append("</th><td>")
            .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");

    private static void WriteRecord(StringBuilder html, CpdRecord record, LocalDate today)
    {
        var anchor = Encode($"record-{record.Id}");
        var overdue = record.IsOverdueOn(today);
        html.Append("<article class=\"record").Append(overdue ? " overdue" : string.Empty).Append("\" id=\"").Append(anchor)
            .Append("\" aria-labelledby=\"").Append(anchor).Append("-title\">\n<h2 class=\"record-title text\" id=\"")
            .Append(anchor).Append("-title\">").Append(Encode(record.Title)).Append("</h2>\n<p class=\"badges\">")
            .Append("<span class=\"badge status status-").Append(StatusKey(record.Status)).Append("\">")
            .Append(StatusLabel(record.Status)).Append("</span>")
            .Append(overdue ? " <span class=\"badge overdue\">Overdue</span>" : string.Empty).Append("</p>\n<dl class=\"details\">\n");
        WriteDetails(html, record, overdue);
        html.Append("<section class=\"reflection\" aria-label=\"Reflection\">\n<p class=\"framework\">Reflection: ")
            .Append(Encode(record.Framework.Name)).Append("</p>\n");
        foreach (var question in record.Framework.Questions)
        {
            html.Append("<h3 class=\"question\" id=\"").Append(anchor).Append('-').Append(Encode(question.Key)).Append("\">")
                .Append(Encode(question.Text)).Append("</h3>\n");
            var answer = record.AnswerTo(question.Key);
            html.Append(answer is null
                ? "<p class=\"answer unanswered\">Not answered yet</p>\n"
                : $"<p class=\"answer text\">{Encode(answer.Text)}</p>\n");
        }

        html.Append("</section>\n</article>\n");
    }

    private static void WriteDetails(StringBuilder html, CpdRecord record, bool overdue)
    {
        html.Append("<div><dt>Activity date</dt><dd class=\"activity-date\">");
        WriteDateOr(html, record.ActivityDate, "Not given");
        html.Append("</dd></div>\n<div><dt>Category</dt><dd class=\"category\">")
            .Append(record.Category is { } category ? $"<span class=\"text\">{Encode(category)}</span>" : NotGiven("Not given"))
            .Append("</dd></div>\n<div><dt>Hours</dt><dd class=\"hours\">")
            .Append(record.Hours is { } hours ? Encode(Hours(hours)) : NotGiven("Not given"))
            .Append("</dd></div>\n<div><dt>Reminder date</dt><dd class=\"reminder-date\">");
        WriteDateOr(html, record.ReminderDate, "None set");
        html.Append(overdue ? " <strong class=\"overdue-label\">Overdue</strong>" : string.Empty)
            .Append("</dd></div>\n<div class=\"notes\"><dt>Notes</dt><dd>")
            .Append(string.IsNullOrWhiteSpace(record.Notes) ? NotGiven("No notes") : $"<div class=\"text\">{Encode(record.Notes)}</div>")
            .Append("</dd></div>\n</dl>\n");
    }

    private static void WriteDateOr(StringBuilder html, LocalDate? date, string missing)
    {
        if (date is { } value)
        {
            WriteTime(html, value);
        }
        else
        {
            html.Append(NotGiven(missing));
        }
    }

    private static void WriteTime(StringBuilder html, LocalDate date) =>
        html.Append("<time datetime=\"").Append(Encode(LocalDatePattern.Iso.Format(date))).Append("\">")
            .Append(Encode(LongDate.Format(date))).Append("</time>");

    private static string NotGiven(string text) => $"<span class=\"not-given\">{text}</span>";

    private static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => Encoder.Encode(text);

    private static string StatusKey(CpdRecordStatus status) => status switch
    {
        CpdRecordStatus.Completed => "completed",
        CpdRecordStatus.InProgress => "in-progress",
        _ => "not-started",
    };

    private static string StatusLabel(CpdRecordStatus status) => status switch
    {
        CpdRecordStatus.Completed => "Completed",
        CpdRecordStatus.InProgress => "In progress",
        _ => "Not started",
    };

    private static (string Head, string AfterTitle) StaticParts()
    {
        using var stream = typeof(CpdReportTemplate).Assembly
            .GetManifestResourceStream("Cpd.Reporting.Templates.CpdReport.scriban-html")!;
        var template = new StreamReader(stream).ReadToEnd();
        var start = template.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        var title = template.IndexOf("{{", start, StringComparison.Ordinal);
        var afterTitle = template.IndexOf("}}", title, StringComparison.Ordinal) + 2;
        var label = template.IndexOf("{{ report.member_label }}", afterTitle, StringComparison.Ordinal);
        var head = template[afterTitle..label];

        // The styles of the plan and compliance sections are written only when a report has them.
        const string PlanStyles = "{{~ if report.has_plan || report.has_compliance ~}}";
        const string End = "{{~ end ~}}\n";
        var styles = head.IndexOf(PlanStyles, StringComparison.Ordinal);
        var stylesEnd = head.IndexOf(End, styles, StringComparison.Ordinal) + End.Length;
        return (template[start..title], head[..styles] + head[stylesEnd..]);
    }

    private static HtmlEncoder EncoderWithVisibleBidiControls()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters(
            '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
        return HtmlEncoder.Create(settings);
    }
}
