using System.Globalization;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Reporting.Tests.Support;

/// <summary>Reads <c>TestData/member-log.csv</c>, a realistic member's log, into records for rendering.</summary>
internal static class SampleLog
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "member-log.csv");

    public static IReadOnlyList<CpdRecord> Read(IClock clock)
    {
        var records = new List<CpdRecord>();
        using var csv = CsvReader.FromFile(Path);
        while (csv.Read())
        {
            records.Add(TestRecords.Create(records.Count + 1, Details(csv), clock, Answers(csv)));
        }

        return records;
    }

    private static CpdRecordDetails Details(CsvReader csv) => new()
    {
        Title = csv.GetString("Title"),
        ActivityDate = DateOrNull(csv.GetString("Activity date")),
        Category = csv.GetString("Category"),
        Hours = csv.GetString("Hours") is { Length: > 0 } hours
            ? decimal.Parse(hours, CultureInfo.InvariantCulture)
            : null,
        Notes = csv.GetString("Notes"),
        ReminderDate = DateOrNull(csv.GetString("Reminder date")),
    };

    private static Dictionary<string, string> Answers(CsvReader csv) =>
        ReflectionFrameworks.Default.Questions
            .Select(question => (question.Key, Text: csv.GetString(question.Key)))
            .Where(answer => !string.IsNullOrWhiteSpace(answer.Text))
            .ToDictionary(answer => answer.Key, answer => answer.Text, StringComparer.Ordinal);

    private static LocalDate? DateOrNull(string text) =>
        text.Length == 0 ? null : LocalDatePattern.Iso.Parse(text).Value;
}
