using System.Globalization;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Portal.Forms;
using CsvHelper;
using NodaTime;

namespace Cpd.Portal.Reports;

/// <summary>
/// Writes a member's records as CSV with CsvHelper: one row per record, then one column per question key, as
/// the CSV import names them. A value a spreadsheet could read as a formula is written with an apostrophe in
/// front (and a value already starting with one gets one more), so opening the file runs nothing.
/// </summary>
/// <remarks>
/// Cpd.Reporting renders HTML only for now; this writer stands in for its CSV format until the library has one.
/// </remarks>
public static class CsvReportWriter
{
    private const char Apostrophe = '\'';

    private static readonly string[] DetailColumns =
    [
        "Id", "Title", "Status", "Overdue", "Activity date", "Category", "Hours", "Reminder date", "Notes",
    ];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        InjectionEscape = Apostrophe,
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Writes the records.</summary>
    /// <param name="records">The member's records, in the order to write them.</param>
    /// <param name="framework">The framework whose question keys name the answer columns.</param>
    /// <param name="memberToday">Today on the member's calendar, which decides the Overdue column.</param>
    /// <returns>The CSV text.</returns>
    public static string Write(IReadOnlyList<CpdRecord> records, ReflectionFramework framework, LocalDate memberToday)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(framework);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. DetailColumns, .. framework.Questions.Select(question => question.Key)]);
            foreach (var record in records)
            {
                csv.WriteRecord([.. Row(record, framework, memberToday).Select(Protect)]);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> Row(CpdRecord record, ReflectionFramework framework, LocalDate today)
    {
        yield return record.Id.ToString();
        yield return record.Title;
        yield return RecordText.Status(record.Status);
        yield return record.IsOverdueOn(today) ? "Yes" : "No";
        yield return IsoDate(record.ActivityDate);
        yield return record.Category ?? string.Empty;
        yield return record.Hours?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
        yield return IsoDate(record.ReminderDate);
        yield return record.Notes;
        foreach (var question in framework.Questions)
        {
            yield return record.AnswerTo(question.Key)?.Text ?? string.Empty;
        }
    }

    private static string IsoDate(LocalDate? date) => RecordText.InputDate(date);

    // CsvHelper escapes formula starts; doubling a leading apostrophe keeps "drop one apostrophe" reversible.
    private static string Protect(string value) => value.StartsWith(Apostrophe) ? Apostrophe + value : value;
}
