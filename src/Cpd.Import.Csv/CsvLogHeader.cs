using Cpd.Domain;
using Cpd.Domain.Frameworks;

namespace Cpd.Import.Csv;

/// <summary>
/// Where each column of a CSV log is, and how the file names it. Header names are matched without regard
/// to case or surrounding spaces.
/// </summary>
internal sealed class CsvLogHeader
{
    private readonly Dictionary<LogColumn, HeaderCell> _cells;
    private readonly Dictionary<string, LogColumn> _byField;

    private CsvLogHeader(Dictionary<LogColumn, HeaderCell> cells, int columnCount)
    {
        _cells = cells;
        _byField = cells.Keys.ToDictionary(column => column.Field, StringComparer.Ordinal);
        ColumnCount = columnCount;
        Questions = [.. cells.Keys.Where(column => column.QuestionKey is not null)];
    }

    /// <summary>How many columns the header has, known or not: every record must have as many fields.</summary>
    public int ColumnCount { get; }

    /// <summary>The question columns the file has.</summary>
    public IReadOnlyList<LogColumn> Questions { get; }

    /// <summary>Maps the header row, reporting unknown, unnamed and repeated columns.</summary>
    /// <exception cref="CpdImportException">The header is unusable: malformed, or without a Title column.</exception>
    public static CsvLogHeader Map(CsvLogRow header, ReflectionFramework framework, ImportErrorLog errors)
    {
        if (header.Malformed is { } reason)
        {
            var message = $"The header row {MalformedQuoting.Describe(reason)}";
            throw errors.Refuse(new CsvImportError(header.Line, string.Empty, message, ValidationRule.Format));
        }

        var cells = new HeaderMapper(header, framework, errors).Map();
        if (!cells.ContainsKey(LogColumn.Title))
        {
            const string Message = "The header has no Title column, which is required.";
            throw errors.Refuse(new CsvImportError(header.Line, CsvLogColumns.Title, Message, ValidationRule.Required));
        }

        return new CsvLogHeader(cells, header.Fields.Count);
    }

    /// <summary>The value of a column in a record; <see langword="null"/> when the file has no such column.</summary>
    public string? ValueIn(CsvLogRow row, LogColumn column) =>
        _cells.TryGetValue(column, out var cell) ? row.Fields[cell.Position] : null;

    /// <summary>The column's header as the file writes it.</summary>
    public string NameOf(LogColumn column) => _cells.TryGetValue(column, out var cell) ? cell.Name : column.Name;

    /// <summary>The column's position, or past the last column when the file has no such column.</summary>
    public int PositionOf(LogColumn column) => _cells.TryGetValue(column, out var cell) ? cell.Position : ColumnCount;

    /// <summary>The column that holds a domain field, such as <c>answers.learning</c>.</summary>
    public LogColumn? ColumnFor(string field) => _byField.GetValueOrDefault(field);
}
