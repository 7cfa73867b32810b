using Cpd.Domain;
using NodaTime;

namespace Cpd.Import.Csv;

/// <summary>
/// The values of one record, read column by column. Values that cannot be read are reported here and
/// read as missing, so that the domain can still check the rest of the record.
/// </summary>
internal sealed class CsvLogCells(CsvLogHeader header, CsvLogRow row)
{
    private readonly List<(LogColumn? Column, string Message, ValidationRule Rule)> _problems = [];

    public bool HasProblems => _problems.Count > 0;

    /// <summary>The text of a column; <see langword="null"/> when it is blank or the file has no such column.</summary>
    public string? Text(LogColumn column) =>
        header.ValueIn(row, column) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    public LocalDate? Date(LogColumn column)
    {
        if (Text(column)?.Trim() is not { } text)
        {
            return null;
        }

        return CellFormats.TryParseDate(text, out var date)
            ? date
            : Report<LocalDate>(column, CellFormats.NotADate(text));
    }

    public decimal? Hours(LogColumn column)
    {
        if (Text(column)?.Trim() is not { } text)
        {
            return null;
        }

        return CellFormats.TryParseHours(text, out var hours)
            ? hours
            : Report<decimal>(column, CellFormats.NotHours(text));
    }

    /// <summary>The answers the record gives, exactly as written; blank cells are questions not yet answered.</summary>
    public IReadOnlyDictionary<string, string> Answers()
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in header.Questions)
        {
            if (Text(column) is { } answer)
            {
                answers.Add(column.QuestionKey!, answer);
            }
        }

        return answers;
    }

    /// <summary>Reports the domain's verdict on the record, each problem under the column of its field.</summary>
    public void Report(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            _problems.Add((header.ColumnFor(error.Field), error.Message, error.Rule));
        }
    }

    /// <summary>The problems found, in the order of the columns.</summary>
    public IEnumerable<CsvImportError> Problems() =>
        _problems
            .OrderBy(problem => problem.Column is null ? header.ColumnCount : header.PositionOf(problem.Column))
            .Select(problem => new CsvImportError(
                row.Line,
                problem.Column is null ? string.Empty : header.NameOf(problem.Column),
                problem.Message,
                problem.Rule));

    /// <summary>Reports a value that cannot be read, which then reads as missing.</summary>
    private T? Report<T>(LogColumn column, string message)
        where T : struct
    {
        _problems.Add((column, message, ValidationRule.Format));
        return null;
    }
}
