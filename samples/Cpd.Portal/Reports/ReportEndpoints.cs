namespace Cpd.Portal.Reports;

/// <summary>The report download addresses.</summary>
public static class ReportEndpoints
{
    /// <summary>The address of the report of all the member's records, without the format's extension.</summary>
    public const string AllRecords = "/reports/cpd-report";

    /// <summary>Maps the downloads; each needs a signed-in member.</summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <returns>The endpoints.</returns>
    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup(string.Empty).RequireAuthorization();
        reports.MapGet(AllRecords + ".html", All(ReportFormat.Html));
        reports.MapGet(AllRecords + ".csv", All(ReportFormat.Csv));
        reports.MapGet(AllRecords + ".md", All(ReportFormat.Markdown));
        reports.MapGet(AllRecords + ".json", All(ReportFormat.Json));
        reports.MapGet("/records/{id:guid}/report.html", One(ReportFormat.Html));
        reports.MapGet("/records/{id:guid}/report.csv", One(ReportFormat.Csv));
        reports.MapGet("/records/{id:guid}/report.md", One(ReportFormat.Markdown));
        reports.MapGet("/records/{id:guid}/report.json", One(ReportFormat.Json));
        return endpoints;
    }

    /// <summary>Gets the address of one record's report.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="format">The format.</param>
    /// <returns>The address.</returns>
    public static string OneRecord(Guid id, ReportFormat format) => $"/records/{id:D}/report.{Extension(format)}";

    /// <summary>Gets the file name extension of a format, without the dot.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The extension.</returns>
    public static string Extension(ReportFormat format) =>
        format == ReportFormat.Markdown ? "md" : format.ToString().ToLowerInvariant();

    private static Func<HttpContext, ReportDownloads, CancellationToken, Task<IResult>> All(ReportFormat format) =>
        (context, downloads, cancellationToken) => downloads.AllAsync(context, format, cancellationToken);

    private static Func<Guid, HttpContext, ReportDownloads, CancellationToken, Task<IResult>> One(
        ReportFormat format) =>
        (id, context, downloads, cancellationToken) => downloads.OneAsync(context, id, format, cancellationToken);
}
