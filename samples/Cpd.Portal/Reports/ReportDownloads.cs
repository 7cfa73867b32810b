using System.Text;
using Cpd.Domain.Records;
using Cpd.Portal.Hosting;
using Cpd.Portal.Members;
using Cpd.Portal.Schemes;
using Cpd.Reporting;
using Cpd.Storage;
using Cpd.Storage.Planning;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Portal.Reports;

/// <summary>
/// Builds a member's report downloads: all their records, or one, with their development plan; the report of
/// all records also shows where the member stands in each scheme they are enrolled in.
/// </summary>
public sealed class ReportDownloads
{
    private static readonly LocalDatePattern FileDate = LocalDatePattern.Iso;

    private readonly CpdJournal _journal;
    private readonly CpdReportRenderer _renderer;
    private readonly IClock _clock;
    private readonly CpdPlanner _planner;
    private readonly ComplianceReader _compliance;

    /// <summary>Creates the downloads.</summary>
    /// <param name="journal">The journal records are read through.</param>
    /// <param name="renderer">The report renderer.</param>
    /// <param name="clock">The clock that stamps the report.</param>
    /// <param name="planner">The planner the member's plan progress is read through.</param>
    /// <param name="compliance">Works out the member's standing in their schemes.</param>
    public ReportDownloads(
        CpdJournal journal, CpdReportRenderer renderer, IClock clock, CpdPlanner planner, ComplianceReader compliance)
    {
        _journal = journal;
        _renderer = renderer;
        _clock = clock;
        _planner = planner;
        _compliance = compliance;
    }

    /// <summary>The report of all the member's records.</summary>
    /// <param name="context">The request.</param>
    /// <param name="format">The format.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The download.</returns>
    public async Task<IResult> AllAsync(HttpContext context, ReportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var member = SignedInMember.From(context.User);
        var records = await _journal.ListRecordsAsync(member.Id, cancellationToken);
        var report = await ReportAsync(member, records, cancellationToken) with
        {
            Compliance = [.. _compliance.Evaluate(member, records).Select(standing => standing.Result)],
        };
        return Download(context, report, format, "cpd-report");
    }

    /// <summary>The report of one of the member's records; 404 when the member has no such record.</summary>
    /// <param name="context">The request.</param>
    /// <param name="id">The record id.</param>
    /// <param name="format">The format.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The download, or 404.</returns>
    public async Task<IResult> OneAsync(
        HttpContext context, Guid id, ReportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var member = SignedInMember.From(context.User);
        var record = await _journal.FindRecordAsync(member.Id, id, cancellationToken);
        return record is null
            ? Results.NotFound()
            : Download(
                context, await ReportAsync(member, [record], cancellationToken), format,
                $"cpd-record-{record.Id.Value:N}");
    }

    private async Task<CpdReport> ReportAsync(
        SignedInMember member, IReadOnlyList<CpdRecord> records, CancellationToken cancellationToken) =>
        new()
        {
            MemberId = member.Id,
            MemberName = member.Name,
            Records = records,
            MemberToday = member.Today(_clock),
            TimeZone = member.TimeZone,
            GeneratedAt = _clock.GetCurrentInstant(),
            Plan = await _planner.GetProgressAsync(member.Id, member.TimeZone, cancellationToken),
        };

    private IResult Download(HttpContext context, CpdReport report, ReportFormat format, string name)
    {
        var fileName = $"{name}-{FileDate.Format(report.MemberToday)}";
        return format switch
        {
            // A byte-order mark lets spreadsheets read the UTF-8 text as such.
            ReportFormat.Csv => File(report, CpdReportFormat.Csv, "text/csv", fileName + ".csv", withMark: true),
            ReportFormat.Markdown => File(report, CpdReportFormat.Markdown, "text/markdown", fileName + ".md"),
            ReportFormat.Json => File(report, CpdReportFormat.Json, "application/json", fileName + ".json"),
            _ => Html(context, report, fileName),
        };
    }

    private IResult Html(HttpContext context, CpdReport report, string fileName)
    {
        context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ReportPolicy;
        return File(report, CpdReportFormat.Html, "text/html", fileName + ".html");
    }

    private IResult File(
        CpdReport report, CpdReportFormat format, string mediaType, string fileName, bool withMark = false)
    {
        var text = Encoding.UTF8.GetBytes(_renderer.Render(report, format, CpdReportOptions.Default));
        byte[] content = withMark ? [.. Encoding.UTF8.GetPreamble(), .. text] : text;
        return Results.File(content, mediaType + "; charset=utf-8", fileName);
    }
}
