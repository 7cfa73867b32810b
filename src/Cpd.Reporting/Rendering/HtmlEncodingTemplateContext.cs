using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Cpd.Reporting.Rendering;

/// <summary>
/// The context of one render. Every value a template writes through <c>{{ }}</c> is HTML-encoded here, so member
/// text cannot become markup even when a template forgets to escape it; the template's own literal text is
/// written as it stands.
/// </summary>
/// <remarks>
/// The limits are set for a report of any size the model holds: the loop budget grows with the model and the
/// output is not capped, because Scriban's default cap truncates silently. A single value longer than
/// <see cref="TemplateContext.LimitToString"/> throws instead of being cut short.
/// </remarks>
internal sealed class HtmlEncodingTemplateContext : TemplateContext
{
    /// <summary>Loop iterations allowed on top of one visit of every record and question.</summary>
    public const int SpareLoopIterations = 1_000;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(EncoderSettings());

    public HtmlEncodingTemplateContext(ScriptObject model, int modelIterations, CancellationToken cancellationToken)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = checked(modelIterations + SpareLoopIterations);
        OutputLimit = 0;
        OnStringLimit = ScriptLimitBehavior.Throw;
        CancellationToken = cancellationToken;
        PushCulture(CultureInfo.InvariantCulture);
        PushGlobal(model);
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Encode(textAsObject));

    /// <inheritdoc />
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Encode(textAsObject));

    // Bidirectional controls are kept in member text (the page isolates them) but written as character
    // references, so that whoever reads the page source sees them rather than text they have reordered.
    private static TextEncoderSettings EncoderSettings()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters('\u061C', '\u200E', '\u200F');
        settings.ForbidRange(new UnicodeRange('\u202A', 5));
        settings.ForbidRange(new UnicodeRange('\u2066', 4));
        return settings;
    }

    private string? Encode(object? value) =>
        value is null ? null : Encoder.Encode(ObjectToString(value) ?? string.Empty);
}
