using Cpd.Reporting.Model;
using Scriban.Parsing;

namespace Cpd.Reporting.Rendering;

/// <summary>
/// Renders Markdown: every value a template writes through <c>{{ }}</c> is escaped by <see cref="MarkdownText"/>, so
/// member text cannot become markup even when a template forgets.
/// </summary>
internal sealed class MarkdownTemplateContext(
    ReportModel model, CpdReportOptions options, CancellationToken cancellation)
    : ReportTemplateContext(model, options, options.Culture, cancellation)
{
    /// <inheritdoc />
    protected override string? Encode(SourceSpan span, object? value) =>
        value is null ? null : MarkdownText.Escape(AsText(value));
}
