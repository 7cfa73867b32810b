using System.Text;
using Cpd.Domain.Records;
using Cpd.Portal.Hosting;
using Cpd.Portal.Members;
using Cpd.Reporting;
using Cpd.Storage;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Portal.Reports;

/// <summary>Builds a member's report downloads: all their records, or one.</summary>
public sealed class ReportDownloads
{
    private static readonly LocalDatePattern FileDate = LocalDatePattern.Iso;

    private readonly CpdJournal _journal;
    private readonly CpdReportRenderer _renderer;
    private readonly IClock _clock;

    /// <summary>Creates the downloads.</summary>
    /// <param name="journal">The journal records are read through.</param>
    /// <param name="renderer">The report renderer.</param>
    /// <param name="clock">The clock that stamps the report.</param>
    public ReportDownloads(CpdJournal journal, CpdReportRenderer renderer, IClock clock)
    {
        _journal = journal;
        _renderer = renderer;
        _clock = clock;
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
        return Download(context, member, records, format, "cpd-report");
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
            : Download(context, member, [record], format, $"cpd-record-{record.Id.Value:N}");
    }

    private IResult Download(
        HttpContext context, SignedInMember member, IReadOnlyList<CpdRecord> records, ReportFormat format, string name)
    {
        var today = member.Today(_clock);
        var fileName = $"{name}-{FileDate.Format(today)}";
        var report = new CpdReport
        {
            MemberId = member.Id,
            MemberName = member.Name,
            Records = records,
            MemberToday = today,
            TimeZone = member.TimeZone,
            GeneratedAt = _clock.GetCurrentInstant(),
        };
        if (format == ReportFormat.Csv)
        {
            // A byte-order mark lets spreadsheets read the UTF-8 text as such.
            var csv = _renderer.Render(report, CpdReportFormat.Csv, CpdReportOptions.Default);
            return Results.File(
                [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8", fileName + ".csv");
        }

        context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ReportPolicy;
        var html = Encoding.UTF8.GetBytes(_renderer.Render(report, CpdReportFormat.Html, CpdReportOptions.Default));
        return Results.File(html, "text/html; charset=utf-8", fileName + ".html");
    }
}
