using Cpd.Domain.Schemes;
using Cpd.Reporting;

namespace Cpd.Console;

/// <summary>Which report to write: its format, its options, and a template file to use, if any.</summary>
internal sealed record ReportRequest(CpdReportFormat Format, CpdReportOptions Options, string? TemplatePath = null)
{
    /// <summary>The schemes to show the member's compliance with; none by default.</summary>
    public IReadOnlyList<CpdScheme> Schemes { get; init; } = [];

    /// <summary>What the schemes know of the member: their registration date and exemptions.</summary>
    public SchemeMembership Membership { get; init; } = SchemeMembership.Unregistered;

    public CpdReportRenderer CreateRenderer() => TemplatePath is null
        ? new CpdReportRenderer()
        : new CpdReportRenderer([CpdReportTemplate.FromFile(TemplatePath, Format)]);
}
