using Cpd.Reporting;

namespace Cpd.Console;

/// <summary>Which report to write: its format, its options, and a template file to use, if any.</summary>
internal sealed record ReportRequest(CpdReportFormat Format, CpdReportOptions Options, string? TemplatePath = null)
{
    public CpdReportRenderer CreateRenderer() => TemplatePath is null
        ? new CpdReportRenderer()
        : new CpdReportRenderer([CpdReportTemplate.FromFile(TemplatePath, Format)]);
}
