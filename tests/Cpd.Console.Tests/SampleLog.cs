using System.Globalization;
using CsvHelper;

namespace Cpd.Console.Tests;

/// <summary>Reads the titles of the sample log with a CSV library, independently of the importer.</summary>
internal static class SampleLog
{
    public static IReadOnlyList<string> Titles()
    {
        using var reader = new StreamReader(ConsoleRun.TestData("member-log.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return [.. csv.GetRecords<dynamic>().Select(row => (string)((IDictionary<string, object>)row)["Title"])];
    }
}
