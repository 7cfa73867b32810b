namespace Cpd.Domain.Records;

/// <summary>
/// The field names that <see cref="ValidationError.Field"/> uses for a record, so that a host can place each
/// error next to its input (a form field, a CSV column) without repeating the names.
/// </summary>
public static class CpdRecordFields
{
    /// <summary>The title.</summary>
    public const string Title = "title";

    /// <summary>The activity date.</summary>
    public const string ActivityDate = "activityDate";

    /// <summary>The category.</summary>
    public const string Category = "category";

    /// <summary>The hours.</summary>
    public const string Hours = "hours";

    /// <summary>The quick notes.</summary>
    public const string Notes = "notes";

    /// <summary>The reminder date.</summary>
    public const string ReminderDate = "reminderDate";

    /// <summary>The development objectives the record serves.</summary>
    public const string Objectives = "objectives";

    /// <summary>The earlier record whose next steps the record follows up.</summary>
    public const string FollowsUp = "followsUp";

    /// <summary>The prefix of an answer's field name, followed by the question key.</summary>
    public const string AnswerPrefix = "answers.";

    /// <summary>Gets the field name of the answer to a question.</summary>
    /// <param name="questionKey">The question key.</param>
    /// <returns>The field name, such as <c>answers.learning</c>.</returns>
    public static string Answer(string? questionKey) => AnswerPrefix + questionKey;
}
