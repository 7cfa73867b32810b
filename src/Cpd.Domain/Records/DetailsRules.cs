using NodaTime;

namespace Cpd.Domain.Records;

/// <summary>The validation rules for <see cref="CpdRecordDetails"/>.</summary>
internal static class DetailsRules
{
    public static IReadOnlyList<ValidationError> Check(CpdRecordDetails details)
    {
        ValidationError?[] checks =
        [
            CheckTitle(details.Title),
            DateRules.Check(CpdRecordFields.ActivityDate, details.ActivityDate),
            CheckCategory(details.Category),
            CheckHours(details.Hours),
            details.Notes is null
                ? null
                : TextRules.CheckMultiLine(CpdRecordFields.Notes, details.Notes, CpdRecordLimits.NotesMaxLength),
            DateRules.Check(CpdRecordFields.ReminderDate, details.ReminderDate),
            CheckObjectives(details.Objectives),
            details.FollowsUp is { Value: var followed } && followed == Guid.Empty
                ? new ValidationError(CpdRecordFields.FollowsUp, ValidationRule.Format, "The record followed up is not set.")
                : null,
        ];
        return [.. checks.OfType<ValidationError>()];
    }

    private static ValidationError? CheckTitle(string? title) =>
        TextRules.IsBlank(title)
            ? new ValidationError(CpdRecordFields.Title, ValidationRule.Required, "A title is required.")
            : TextRules.CheckSingleLine(CpdRecordFields.Title, title.Trim(), CpdRecordLimits.TitleMaxLength);

    private static ValidationError? CheckCategory(string? category) =>
        TextRules.IsBlank(category)
            ? null
            : TextRules.CheckSingleLine(CpdRecordFields.Category, category.Trim(), CpdRecordLimits.CategoryMaxLength);

    private static ValidationError? CheckObjectives(Planning.ObjectiveSet? objectives) =>
        objectives is { Count: > CpdRecordLimits.MaxObjectives }
            ? new ValidationError(
                CpdRecordFields.Objectives,
                ValidationRule.OutOfRange,
                $"A record may serve at most {CpdRecordLimits.MaxObjectives} objectives.")
            : null;

    private static ValidationError? CheckHours(decimal? hours)
    {
        if (hours is not { } value)
        {
            return null;
        }

        if (value < 0 || value > CpdRecordLimits.MaxHours)
        {
            return new ValidationError(
                CpdRecordFields.Hours, ValidationRule.OutOfRange, $"Hours must be between 0 and {CpdRecordLimits.MaxHours:0}.");
        }

        return decimal.Round(value, CpdRecordLimits.HoursDecimalPlaces) != value
            ? new ValidationError(
                CpdRecordFields.Hours,
                ValidationRule.Precision,
                $"Hours may have at most {CpdRecordLimits.HoursDecimalPlaces} decimal places.")
            : null;
    }
}
