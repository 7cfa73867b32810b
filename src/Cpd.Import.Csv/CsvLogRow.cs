using CsvHelper;

namespace Cpd.Import.Csv;

/// <summary>One record of a CSV log as read, before its values are checked.</summary>
/// <param name="Line">The physical line where the record starts.</param>
/// <param name="Fields">The field values, unquoted.</param>
/// <param name="Malformed">What is wrong with the record's quoting, if anything.</param>
internal sealed record CsvLogRow(int Line, IReadOnlyList<string> Fields, CsvMalformedReason? Malformed = null);
