using System.Globalization;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime.Text;

namespace Cpd.Import.Csv.Tests.Support;

/// <summary>What one row of a log says: the details and the answers given.</summary>
public sealed record LogEntry(CpdRecordDetails Details, IReadOnlyDictionary<string, string> Answers)
{
    /// <summary>The row's fields in the order of <see cref="CsvLogColumns.For"/>.</summary>
    public string[] ToFields(ReflectionFramework framework) =>
    [
        Details.Title,
        Details.ActivityDate is { } date ? LocalDatePattern.Iso.Format(date) : string.Empty,
        Details.Category ?? string.Empty,
        Details.Hours?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        Details.Notes,
        Details.ReminderDate is { } reminder ? LocalDatePattern.Iso.Format(reminder) : string.Empty,
        .. framework.Questions.Select(question => Answers.GetValueOrDefault(question.Key, string.Empty)),
    ];

    public override string ToString() =>
        $"{Details} answers: {string.Join(", ", Answers.Select(pair => $"{pair.Key}={pair.Value}"))}";
}
