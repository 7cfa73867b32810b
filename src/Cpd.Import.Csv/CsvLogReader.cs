using System.Globalization;
using Cpd.Domain;
using CsvHelper;

namespace Cpd.Import.Csv;

/// <summary>
/// Reads the records of a CSV log with CsvHelper: RFC 4180, comma separated, quoted fields that may span
/// lines, empty lines skipped. Malformed quoting is recovered from and remembered, so that every problem
/// in the file can be reported rather than only the first.
/// </summary>
internal sealed class CsvLogReader : IDisposable
{
    private readonly CsvReader _reader;
    private readonly ImportErrorLog _errors;
    private readonly Dictionary<long, CsvMalformedReason> _malformedByLine = [];

    private CsvLogReader(byte[] utf8, ImportErrorLog errors)
    {
        _errors = errors;
        _reader = CsvReader.Create(utf8, CsvReaderOptions.Default with
        {
            Separator = ',',
            Mode = CsvMode.Rfc4180,
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            DetectSeparatorHint = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = Remember,
        });
    }

    /// <summary>Opens a reader over a whole file of checked UTF-8 (a byte-order mark is skipped).</summary>
    public static CsvLogReader Open(byte[] utf8, ImportErrorLog errors) => new(utf8, errors);

    /// <summary>Reads the header row; an empty file is refused.</summary>
    /// <exception cref="CpdImportException">The file has no header row.</exception>
    public CsvLogRow ReadHeader()
    {
        var names = _reader.Headers;
        if (names.Count == 0)
        {
            throw _errors.Refuse(new CsvImportError(
                1,
                string.Empty,
                "The file is empty. Its first line must be the header row, which names the columns, Title first.",
                ValidationRule.Required));
        }

        return RowAt(_reader.LineNumber, [.. names]);
    }

    /// <summary>
    /// Reads the records after the header. A file without records, or with more than
    /// <see cref="CsvImportLimits.MaxRecords"/>, gets an error.
    /// </summary>
    public IEnumerable<CsvLogRow> ReadRows()
    {
        var count = 0;
        while (_reader.Read())
        {
            if (++count > CsvImportLimits.MaxRecords)
            {
                _errors.Add(TooMany(_reader.LineNumber));
                yield break;
            }

            yield return RowAt(_reader.LineNumber, ReadFields());
        }

        if (count == 0)
        {
            const string Message = "The file has a header but no records; add one row per activity.";
            _errors.Add(new CsvImportError(1, string.Empty, Message, ValidationRule.Required));
        }
    }

    public void Dispose() => _reader.Dispose();

    private static CsvImportError TooMany(long line) =>
        new(
            checked((int)line),
            string.Empty,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The file holds more than {CsvImportLimits.MaxRecords:N0} records; split it into smaller files."),
            ValidationRule.MaxLength);

    private string[] ReadFields()
    {
        var fields = new string[_reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _reader.GetString(i);
        }

        return fields;
    }

    private CsvLogRow RowAt(long line, string[] fields)
    {
        var malformed = _malformedByLine.Remove(line, out var reason) ? reason : (CsvMalformedReason?)null;
        return new CsvLogRow(checked((int)line), fields, malformed);
    }

    private void Remember(CsvMalformedRecord record) => _malformedByLine.TryAdd(record.LineNumber, record.Reason);
}
