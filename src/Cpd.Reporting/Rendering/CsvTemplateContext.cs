using System.Globalization;
using Cpd.Reporting.Model;
using Scriban;
using Scriban.Parsing;

namespace Cpd.Reporting.Rendering;

/// <summary>
/// Renders CSV: every value a template writes through <c>{{ }}</c> becomes one whole field, quoted when needed and
/// never readable as a formula (see <see cref="CsvFieldEncoder"/>). The template writes the separators, and its
/// line ends are written as CR LF.
/// </summary>
/// <remarks>Machine-readable output ignores the options' culture: numbers are always invariant.</remarks>
internal sealed class CsvTemplateContext : ReportTemplateContext
{
    private readonly CsvFieldEncoder _encoder = new();
    private CsvRowOutput? _output;

    public CsvTemplateContext(ReportModel model, CpdReportOptions options, CancellationToken cancellation)
        : base(model, options, CultureInfo.InvariantCulture, cancellation)
    {
    }

    /// <inheritdoc />
    public override void WriteTo(TextWriter writer)
    {
        _output = new CsvRowOutput(writer);
        PushOutput(_output);
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        SetWritingField(true);
        try
        {
            return base.Write(span, textAsObject);
        }
        finally
        {
            SetWritingField(false);
        }
    }

    /// <inheritdoc />
    public override async ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
    {
        SetWritingField(true);
        try
        {
            return await base.WriteAsync(span, textAsObject).ConfigureAwait(false);
        }
        finally
        {
            SetWritingField(false);
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _encoder.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override string? Encode(SourceSpan span, object? value) =>
        value is null || AsText(value) is not { Length: > 0 } text ? null : _encoder.Encode(text);

    private void SetWritingField(bool writing)
    {
        if (_output is not null)
        {
            _output.WritingField = writing;
        }
    }
}
