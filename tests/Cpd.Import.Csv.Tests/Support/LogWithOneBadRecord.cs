namespace Cpd.Import.Csv.Tests.Support;

/// <summary>A log of valid records except one, spoilt in one way.</summary>
public sealed record LogWithOneBadRecord(
    IReadOnlyList<LogEntry> Entries, int BadIndex, Corruption Corruption, string NewLine)
{
    public override string ToString() => $"record {BadIndex} of {Entries.Count} spoilt by {Corruption}";
}
