using System.Text.Encodings.Web;
using System.Text.Unicode;
using Cpd.Reporting.Model;
using Scriban.Parsing;

namespace Cpd.Reporting.Rendering;

/// <summary>
/// Renders HTML: every value a template writes through <c>{{ }}</c> is HTML-encoded, so member text cannot become
/// markup even when a template forgets to escape it.
/// </summary>
internal sealed class HtmlTemplateContext(ReportModel model, CpdReportOptions options, CancellationToken cancellation)
    : ReportTemplateContext(model, options, options.Culture, cancellation)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(EncoderSettings());

    /// <inheritdoc />
    protected override string? Encode(SourceSpan span, object? value) =>
        value is null ? null : Encoder.Encode(AsText(value));

    // Bidirectional controls are kept in member text (the page isolates them) but written as character
    // references, so that whoever reads the page source sees them rather than text they have reordered.
    private static TextEncoderSettings EncoderSettings()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters([.. BidiControls.All]);
        return settings;
    }
}
