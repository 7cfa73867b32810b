using CsvHelper;

namespace Cpd.Console.Tests;

/// <summary>Reads the titles of the sample log with a CSV library, independently of the importer.</summary>
internal static class SampleLog
{
    public static IReadOnlyList<string> Titles()
    {
        var titles = new List<string>();
        using var csv = CsvReader.FromFile(ConsoleRun.TestData("member-log.csv"));
        while (csv.Read())
        {
            titles.Add(csv.GetString("Title"));
        }

        return titles;
    }
}
