using CsvHelper;

namespace Cpd.Reporting.Tests.Support;

/// <summary>A CSV report read back with CsvHelper, independently of how it was written.</summary>
internal sealed class CsvReport
{
    // Strict: a malformed field or a row of the wrong length fails the test instead of being patched up.
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        TrimWhitespace = false,
        AllowLineBreaksInQuotes = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    private CsvReport(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        Headers = headers;
        Rows = rows;
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Each row as header to field, exactly as read (still neutralised).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    public static CsvReport Read(string csv)
    {
        var rows = new List<IReadOnlyDictionary<string, string>>();
        using var reader = CsvReader.FromText(csv, Options);
        reader.ReadHeader();
        var headers = reader.Headers.ToList();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, headers.Count)
                .ToDictionary(index => headers[index], reader.GetString, StringComparer.Ordinal));
        }

        return new CsvReport(headers, rows);
    }

    /// <summary>A field as the member wrote it: one apostrophe the report put in front taken off.</summary>
    public static string Value(string field) => field.StartsWith('\'') ? field[1..] : field;
}
