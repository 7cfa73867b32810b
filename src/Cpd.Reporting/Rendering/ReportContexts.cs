using Cpd.Reporting.Model;

namespace Cpd.Reporting.Rendering;

/// <summary>Chooses the context that makes values safe for a report's format.</summary>
internal static class ReportContexts
{
    public static ReportTemplateContext Create(
        CpdReportFormat format, ReportModel model, CpdReportOptions options, CancellationToken cancellation) =>
        format switch
        {
            CpdReportFormat.Html => new HtmlTemplateContext(model, options, cancellation),
            CpdReportFormat.Markdown => new MarkdownTemplateContext(model, options, cancellation),
            CpdReportFormat.Csv => new CsvTemplateContext(model, options, cancellation),
            CpdReportFormat.Json => new JsonTemplateContext(model, options, cancellation),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
}
