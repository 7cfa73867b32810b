using CsvHelper;

namespace Cpd.Console.Tests;

/// <summary>Reads the sample log with a CSV library, independently of the importer.</summary>
internal static class SampleLog
{
    public static IReadOnlyList<string> Titles() => [.. Rows().Select(row => row["Title"])];

    /// <summary>Each row of the log as column name to field.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows()
    {
        var rows = new List<IReadOnlyDictionary<string, string>>();
        using var csv = CsvReader.FromFile(ConsoleRun.TestData("member-log.csv"));
        while (csv.Read())
        {
            var headers = csv.Headers;
            rows.Add(Enumerable.Range(0, headers.Count)
                .ToDictionary(index => headers[index], csv.GetString, StringComparer.Ordinal));
        }

        return rows;
    }
}
