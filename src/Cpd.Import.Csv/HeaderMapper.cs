using Cpd.Domain;
using Cpd.Domain.Frameworks;

namespace Cpd.Import.Csv;

/// <summary>Matches the names of a header row to the columns of a log, one name at a time.</summary>
internal sealed class HeaderMapper
{
    private readonly CsvLogRow _header;
    private readonly ReflectionFramework _framework;
    private readonly ImportErrorLog _errors;
    private readonly Dictionary<string, LogColumn> _known;
    private readonly Dictionary<LogColumn, HeaderCell> _cells = [];

    public HeaderMapper(CsvLogRow header, ReflectionFramework framework, ImportErrorLog errors)
    {
        _header = header;
        _framework = framework;
        _errors = errors;
        _known = LogColumn.For(framework).ToDictionary(column => column.Name, StringComparer.OrdinalIgnoreCase);
    }

    public Dictionary<LogColumn, HeaderCell> Map()
    {
        for (var position = 0; position < _header.Fields.Count; position++)
        {
            MapOne(position, _header.Fields[position].Trim());
        }

        return _cells;
    }

    private void MapOne(int position, string name)
    {
        if (name.Length == 0)
        {
            Report(name, $"Column {position + 1} has no name; name it or delete it.", ValidationRule.Required);
        }
        else if (!_known.TryGetValue(name, out var column))
        {
            Report(name, Unknown(name), ValidationRule.UnknownQuestion);
        }
        else if (_cells.TryGetValue(column, out var first))
        {
            var message = $"The column appears twice (columns {first.Position + 1} and {position + 1}).";
            Report(name, message, ValidationRule.Duplicate);
        }
        else
        {
            _cells.Add(column, new HeaderCell(position, name));
        }
    }

    private string Unknown(string name)
    {
        var expected = string.Join(", ", LogColumn.For(_framework).Select(column => column.Name));
        var separator = name.Contains(';', StringComparison.Ordinal) || name.Contains('\t', StringComparison.Ordinal)
            ? " The file seems to separate fields with semicolons or tabs; save it with commas."
            : string.Empty;
        return $"'{name}' is not a column of a CPD log; the columns are {expected}.{separator}";
    }

    private void Report(string name, string message, ValidationRule rule) =>
        _errors.Add(new CsvImportError(_header.Line, name, message, rule));
}
