namespace Cpd.Import.Csv.Tests.Support;

/// <summary>A log whose every record is valid, and how its file is written.</summary>
public sealed record ValidLog(IReadOnlyList<LogEntry> Entries, string NewLine, bool ByteOrderMark)
{
    public override string ToString() =>
        $"{Entries.Count} records, {(NewLine == "\n" ? "LF" : "CR LF")}, byte-order mark {ByteOrderMark}:"
        + $"{Environment.NewLine}{string.Join(Environment.NewLine, Entries)}";
}
