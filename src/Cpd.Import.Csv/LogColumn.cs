using Cpd.Domain.Frameworks;

namespace Cpd.Import.Csv;

/// <summary>A column a CSV log may have, with the domain field its values go to.</summary>
/// <param name="Name">The header name as a log is written.</param>
/// <param name="Field">The field name the domain uses in its validation errors.</param>
internal sealed record LogColumn(string Name, string Field)
{
    private const string AnswerPrefix = "answers.";

    public static LogColumn Title { get; } = new(CsvLogColumns.Title, "title");

    public static LogColumn ActivityDate { get; } = new(CsvLogColumns.ActivityDate, "activityDate");

    public static LogColumn Category { get; } = new(CsvLogColumns.Category, "category");

    public static LogColumn Hours { get; } = new(CsvLogColumns.Hours, "hours");

    public static LogColumn Notes { get; } = new(CsvLogColumns.Notes, "notes");

    public static LogColumn ReminderDate { get; } = new(CsvLogColumns.ReminderDate, "reminderDate");

    /// <summary>The question key when the column holds answers; otherwise <see langword="null"/>.</summary>
    public string? QuestionKey =>
        Field.StartsWith(AnswerPrefix, StringComparison.Ordinal) ? Field[AnswerPrefix.Length..] : null;

    public static LogColumn Question(string key) => new(key, AnswerPrefix + key);

    /// <summary>Every column a log of this framework may have, in the order a log is written.</summary>
    public static IReadOnlyList<LogColumn> For(ReflectionFramework framework) =>
    [
        Title, ActivityDate, Category, Hours, Notes, ReminderDate,
        .. framework.Questions.Select(question => Question(question.Key)),
    ];
}
