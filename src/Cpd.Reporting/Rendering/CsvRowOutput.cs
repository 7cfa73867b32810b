using Scriban.Runtime;

namespace Cpd.Reporting.Rendering;

/// <summary>
/// Writes a CSV report to a writer, ending the template's own lines with CR LF as RFC 4180 asks, while fields
/// (the values written through <c>{{ }}</c>) keep their line breaks exactly as the member typed them.
/// </summary>
internal sealed class CsvRowOutput(TextWriter writer) : IScriptOutput
{
    private bool _afterCarriageReturn;

    /// <summary>Gets or sets whether a field is being written, whose text must be written unchanged.</summary>
    public bool WritingField { get; set; }

    public void Write(string text, int offset, int count) => writer.Write(Translate(text, offset, count));

    public async ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
        await writer.WriteAsync(Translate(text, offset, count), cancellationToken).ConfigureAwait(false);

    private ReadOnlyMemory<char> Translate(string text, int offset, int count)
    {
        var span = text.AsMemory(offset, count);
        if (count == 0)
        {
            return span;
        }

        if (WritingField || !span.Span.Contains('\n'))
        {
            _afterCarriageReturn = !WritingField && text[offset + count - 1] == '\r';
            return span;
        }

        var translated = new System.Text.StringBuilder(count + 8);
        foreach (var character in span.Span)
        {
            if (character == '\n' && !_afterCarriageReturn)
            {
                translated.Append('\r');
            }

            translated.Append(character);
            _afterCarriageReturn = character == '\r';
        }

        return translated.ToString().AsMemory();
    }
}
