namespace Cpd.Import.Csv;

/// <summary>
/// The documented limits on a CSV log, which keep one upload from exhausting a portal's memory. A file
/// beyond them is refused whole, with an error that says to split it.
/// </summary>
public static class CsvImportLimits
{
    /// <summary>The most records (rows after the header) one file may hold.</summary>
    public const int MaxRecords = 10_000;

    /// <summary>
    /// The largest file accepted, in bytes of UTF-8 (32 MiB): ten thousand records with long reflections fit
    /// comfortably. Text read through a <see cref="TextReader"/> is measured in its UTF-8 form.
    /// </summary>
    public const int MaxFileBytes = 32 * 1024 * 1024;
}
