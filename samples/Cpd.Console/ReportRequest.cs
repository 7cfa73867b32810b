using Cpd.Reporting;

namespace Cpd.Console;

/// <summary>What report to write: its format, the options, and a template file to use instead of the built-in one.</summary>
internal sealed record ReportRequest(CpdReportFormat Format, CpdReportOptions Options, string? TemplatePath = null)
{
    public CpdReportRenderer CreateRenderer() => TemplatePath is null
        ? new CpdReportRenderer()
        : new CpdReportRenderer([CpdReportTemplate.FromFile(TemplatePath, Format)]);
}
