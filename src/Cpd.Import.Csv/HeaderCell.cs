namespace Cpd.Import.Csv;

/// <summary>A known column as it appears in a file's header.</summary>
/// <param name="Position">The 0-based position of the column.</param>
/// <param name="Name">The header as written, surrounding spaces removed.</param>
internal sealed record HeaderCell(int Position, string Name);
