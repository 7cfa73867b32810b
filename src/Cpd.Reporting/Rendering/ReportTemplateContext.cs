using System.Globalization;
using Cpd.Reporting.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Cpd.Reporting.Rendering;

/// <summary>
/// The context of one render. Every value a template writes through <c>{{ }}</c> passes through
/// <see cref="Encode"/>, which makes it text in the report's format whatever the template does; the template's own
/// literal text is written as it stands.
/// </summary>
/// <remarks>
/// <para>
/// A template sees only the report model. Names are strict: a misspelt variable or member is an error, not a
/// blank. Scriban's defaults would stop a report at 1,000 loop iterations and silently cut it at 1,048,576
/// characters, so the limits here are set for the report's size instead: each loop may visit every record,
/// question and column once and 1,000 more times; recursion stops at <see cref="RecursionLimit"/> calls; the
/// output stops with an error at the options' limit; a single value too long to convert throws.
/// </para>
/// <para>Nested loops count together against the loop limit; loops one after another each have the full budget.</para>
/// </remarks>
internal abstract class ReportTemplateContext : TemplateContext, IDisposable
{
    /// <summary>Loop iterations allowed on top of one visit of every record, question and column.</summary>
    public const int SpareLoopIterations = 1_000;

    /// <summary>The deepest a template's functions may call themselves.</summary>
    public const int RecursionLimit = 64;

    protected ReportTemplateContext(
        ReportModel model, CpdReportOptions options, CultureInfo culture, CancellationToken cancellationToken)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        LoopLimit = checked(model.Iterations + SpareLoopIterations);
        RecursiveLimit = RecursionLimit;
        OutputLimit = options.MaxOutputCharacters;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        CancellationToken = cancellationToken;
        PushCulture(culture);
        PushGlobal(model.Globals);
    }

    /// <summary>Sends the rest of the render to a writer.</summary>
    public virtual void WriteTo(TextWriter writer) => PushOutput(new TextWriterOutput(writer));

    /// <summary>Releases what the render held; the context is not used afterwards.</summary>
    public virtual void Dispose()
    {
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Encode(span, textAsObject));

    /// <inheritdoc />
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Encode(span, textAsObject));

    /// <summary>Turns a value the template writes into text of the report's format.</summary>
    /// <param name="span">Where in the template the value is written, for errors.</param>
    /// <param name="value">The value; <see langword="null"/> when the template writes nothing.</param>
    /// <returns>The text to write, or <see langword="null"/> to write nothing.</returns>
    protected abstract string? Encode(SourceSpan span, object? value);

    /// <summary>The value as text, in this context's culture.</summary>
    protected string AsText(object value) => ObjectToString(value) ?? string.Empty;
}
