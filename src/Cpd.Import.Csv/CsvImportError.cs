using Cpd.Domain;

namespace Cpd.Import.Csv;

/// <summary>One problem found in a CSV log: where it is, which column, and what to fix.</summary>
/// <param name="Line">
/// The physical line of the file where the record with the problem starts (1 is the header row). A record
/// whose quoted fields span several lines starts on its first line, so lines and record numbers can differ.
/// 0 when the problem concerns the file as a whole, such as its size.
/// </param>
/// <param name="Column">
/// The column's header as written in the file (surrounding spaces removed), such as <c>Hours</c>; empty
/// when the problem concerns a whole record or the whole file.
/// </param>
/// <param name="Message">A sentence that says what is wrong and what to fix.</param>
/// <param name="Rule">The rule the value broke, so that a host can choose its own wording.</param>
public sealed record CsvImportError(int Line, string Column, string Message, ValidationRule? Rule = null)
{
    /// <summary>Describes the problem as <c>line 4, Hours: message</c>.</summary>
    /// <returns>The line, the column when there is one, and the message.</returns>
    public override string ToString() => (Line, Column) switch
    {
        (0, _) => Message,
        (_, "") => $"line {Line}: {Message}",
        _ => $"line {Line}, {Column}: {Message}",
    };
}
