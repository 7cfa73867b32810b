using CsvHelper;

namespace Cpd.Reporting.Rendering;

/// <summary>
/// Writes one value as one RFC 4180 field with CsvHelper: quoted when it holds a comma, a quote or a line break,
/// and never readable as a spreadsheet formula. One instance serves one render; it is not thread-safe.
/// </summary>
/// <remarks>
/// A value that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets an apostrophe
/// in front, so a spreadsheet shows it as text. A value that already starts with an apostrophe gets one more, so
/// that dropping one leading apostrophe from any field gives back the value exactly.
/// </remarks>
internal sealed class CsvFieldEncoder : IDisposable
{
    /// <summary>What a field starts with to be neutralised; <see cref="Escape"/> is put in front of it.</summary>
    public const string FormulaStarts = "=+-@\t\r";

    /// <summary>The character put in front of a value that could be read as a formula.</summary>
    public const char Escape = '\'';

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = FormulaStarts,
        InjectionEscape = Escape,
        ValidateFieldCount = false,
        NewLine = "\n",
        BufferSize = 4096,
    };

    private readonly StringWriter _field = new(System.Globalization.CultureInfo.InvariantCulture);
    private readonly CsvWriter _writer;

    public CsvFieldEncoder() => _writer = CsvWriter.Create(_field, Options, leaveOpen: true);

    public string Encode(string value)
    {
        _writer.WriteField(value.StartsWith(Escape) ? Escape + value : value);
        _writer.EndRecord();
        _writer.Flush();

        var builder = _field.GetStringBuilder();
        var field = builder.ToString(0, builder.Length - Options.NewLine.Length);
        builder.Clear();
        return field;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _field.Dispose();
    }
}
