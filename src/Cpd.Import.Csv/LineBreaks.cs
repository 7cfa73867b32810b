namespace Cpd.Import.Csv;

/// <summary>Counts physical lines the way the CSV reader does: CR, LF and CR LF each end one line.</summary>
internal static class LineBreaks
{
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';

    /// <summary>The 1-based line on which the byte at <paramref name="position"/> lies.</summary>
    public static int LineAt(ReadOnlySpan<byte> utf8, int position)
    {
        var line = 1;
        for (var i = 0; i < position; i++)
        {
            var endsLine = utf8[i] == Lf || (utf8[i] == Cr && (i + 1 >= utf8.Length || utf8[i + 1] != Lf));
            line += endsLine ? 1 : 0;
        }

        return line;
    }
}
