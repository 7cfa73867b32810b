using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Cpd.Reminders.Templating;

/// <summary>
/// The context of one render of a reminder template. In HTML, every value written through <c>{{ }}</c> is
/// encoded here, so member text cannot become markup even where a template forgets to escape it.
/// </summary>
internal sealed class ReminderTemplateContext : TemplateContext
{
    private const int MaxLoopIterations = 100;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly bool _encodeHtml;

    public ReminderTemplateContext(ScriptObject model, bool encodeHtml)
    {
        _encodeHtml = encodeHtml;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = MaxLoopIterations;
        OnStringLimit = ScriptLimitBehavior.Throw;
        PushCulture(CultureInfo.InvariantCulture);
        PushGlobal(model);
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Encode(textAsObject));

    /// <inheritdoc />
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Encode(textAsObject));

    private object? Encode(object? value) =>
        _encodeHtml && value is not null ? Encoder.Encode(ObjectToString(value) ?? string.Empty) : value;
}
