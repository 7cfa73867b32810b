using System.Globalization;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Import.Csv;

/// <summary>Turns one record of a CSV log into a CPD record, or reports everything wrong with it.</summary>
internal sealed class LogRowParser(
    CsvLogHeader header, ReflectionFramework framework, IClock clock, MemberId memberId, ImportErrorLog errors)
{
    private const string FieldCountHint = "check for a comma in a field that is not quoted, or a missing field.";

    /// <summary>Builds the record; <see langword="null"/> when the row has problems, which are then reported.</summary>
    public CpdRecord? Parse(CsvLogRow row)
    {
        if (ShapeProblem(row) is { } problem)
        {
            errors.Add(problem);
            return null;
        }

        var cells = new CsvLogCells(header, row);
        var record = Create(cells);
        errors.AddRange(cells.Problems());
        return cells.HasProblems ? null : record;
    }

    private static CpdRecordDetails ReadDetails(CsvLogCells cells) => new()
    {
        Title = cells.Text(LogColumn.Title) ?? string.Empty,
        ActivityDate = cells.Date(LogColumn.ActivityDate),
        Category = cells.Text(LogColumn.Category),
        Hours = cells.Hours(LogColumn.Hours),
        Notes = cells.Text(LogColumn.Notes) ?? string.Empty,
        ReminderDate = cells.Date(LogColumn.ReminderDate),
    };

    /// <summary>Malformed quoting or a wrong field count: the values may not be in their columns.</summary>
    private CsvImportError? ShapeProblem(CsvLogRow row)
    {
        if (row.Malformed is { } reason)
        {
            return new CsvImportError(
                row.Line, string.Empty, $"The record {MalformedQuoting.Describe(reason)}", ValidationRule.Format);
        }

        return row.Fields.Count == header.ColumnCount
            ? null
            : new CsvImportError(row.Line, string.Empty, WrongFieldCount(row.Fields.Count), ValidationRule.Format);
    }

    private string WrongFieldCount(int fields) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"The record has {fields} fields but the header has {header.ColumnCount} columns; {FieldCountHint}");

    private CpdRecord? Create(CsvLogCells cells)
    {
        var details = ReadDetails(cells);
        var answers = cells.Answers();
        try
        {
            var id = CpdRecordId.New(clock.GetCurrentInstant());
            return CpdRecord.Create(id, memberId, framework, details, clock, answers);
        }
        catch (CpdValidationException invalid)
        {
            cells.Report(invalid.Errors);
            return null;
        }
    }
}
