using System.Globalization;
using Cpd.Reporting.Model;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Cpd.Reporting.Rendering;

/// <summary>
/// Renders JSON: every value a template writes through <c>{{ }}</c> becomes one complete JSON value (a quoted and
/// escaped string, a number, <c>true</c>, <c>false</c>, <c>null</c>, an object or an array), so member text can
/// never break the document's structure. The template writes the structure around the values: braces, names,
/// colons and commas.
/// </summary>
/// <remarks>
/// <para>
/// Scriban writes nothing for an expression whose value is <see langword="null"/>; here such an expression writes
/// <c>null</c>, so that <c>"category": {{ record.category }}</c> is valid JSON whether or not the record has one.
/// </para>
/// <para>Machine-readable output ignores the options' culture: numbers are always invariant.</para>
/// </remarks>
internal sealed class JsonTemplateContext : ReportTemplateContext
{
    private readonly JsonValueEncoder _encoder;

    public JsonTemplateContext(ReportModel model, CpdReportOptions options, CancellationToken cancellation)
        : base(model, options, CultureInfo.InvariantCulture, cancellation)
    {
        _encoder = new JsonValueEncoder(AsText);
    }

    /// <inheritdoc />
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction = false) =>
        NullWritten(scriptNode, base.Evaluate(scriptNode, aliasReturnedFunction));

    /// <inheritdoc />
    public override async ValueTask<object?> EvaluateAsync(
        ScriptNode? scriptNode, bool aliasReturnedFunction = false) =>
        NullWritten(scriptNode, await base.EvaluateAsync(scriptNode, aliasReturnedFunction).ConfigureAwait(false));

    /// <inheritdoc />
    public override void Dispose()
    {
        _encoder.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override string? Encode(SourceSpan span, object? value) =>
        _encoder.Encode(value is NullValue ? null : value);

    private static object? NullWritten(ScriptNode? node, object? value) =>
        value is null && node is ScriptExpressionStatement { CanOutput: true } ? NullValue.Instance : value;

    /// <summary>Stands for a <see langword="null"/> that an expression writes, which Scriban would skip.</summary>
    private sealed class NullValue
    {
        public static readonly NullValue Instance = new();
    }
}
