using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;

namespace Cpd.Import.Csv;

/// <summary>A column a CSV log may have, with the domain field its values go to.</summary>
/// <param name="Name">The header name as a log is written.</param>
/// <param name="Field">The field name the domain uses in its validation errors.</param>
internal sealed record LogColumn(string Name, string Field)
{
    private const string AnswerPrefix = CpdRecordFields.AnswerPrefix;

    public static LogColumn Title { get; } = new(CsvLogColumns.Title, CpdRecordFields.Title);

    public static LogColumn ActivityDate { get; } = new(CsvLogColumns.ActivityDate, CpdRecordFields.ActivityDate);

    public static LogColumn Category { get; } = new(CsvLogColumns.Category, CpdRecordFields.Category);

    public static LogColumn Hours { get; } = new(CsvLogColumns.Hours, CpdRecordFields.Hours);

    public static LogColumn Notes { get; } = new(CsvLogColumns.Notes, CpdRecordFields.Notes);

    public static LogColumn ReminderDate { get; } = new(CsvLogColumns.ReminderDate, CpdRecordFields.ReminderDate);

    /// <summary>The question key when the column holds answers; otherwise <see langword="null"/>.</summary>
    public string? QuestionKey =>
        Field.StartsWith(AnswerPrefix, StringComparison.Ordinal) ? Field[AnswerPrefix.Length..] : null;

    public static LogColumn Question(string key) => new(key, CpdRecordFields.Answer(key));

    /// <summary>Every column a log of this framework may have, in the order a log is written.</summary>
    public static IReadOnlyList<LogColumn> For(ReflectionFramework framework) =>
    [
        Title, ActivityDate, Category, Hours, Notes, ReminderDate,
        .. framework.Questions.Select(question => Question(question.Key)),
    ];
}
