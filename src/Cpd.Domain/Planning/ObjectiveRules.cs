using System.Collections.Immutable;
using NodaTime;

namespace Cpd.Domain.Planning;

/// <summary>The validation rules for <see cref="ObjectiveDetails"/>.</summary>
internal static class ObjectiveRules
{
    public static IReadOnlyList<ValidationError> Check(ObjectiveDetails details)
    {
        ValidationError?[] checks =
        [
            TextRules.IsBlank(details.Title)
                ? new ValidationError(ObjectiveFields.Title, ValidationRule.Required, "A title is required.")
                : TextRules.CheckSingleLine(ObjectiveFields.Title, details.Title.Trim(), PlanLimits.TitleMaxLength),
            details.Why is null ? null : TextRules.CheckMultiLine(ObjectiveFields.Why, details.Why, PlanLimits.WhyMaxLength),
            DateRules.Check(ObjectiveFields.TargetDate, details.TargetDate),
            CheckServes(details.Serves),
            Enum.IsDefined(details.Status)
                ? null
                : new ValidationError(ObjectiveFields.Status, ValidationRule.OutOfRange, "The status is not one of the known ones."),
        ];
        return [.. checks.OfType<ValidationError>()];
    }

    public static ImmutableArray<string> NormalizeServes(ImmutableArray<string> serves) =>
        serves.IsDefault
            ? []
            : [.. serves.Where(name => !TextRules.IsBlank(name)).Select(name => name.Trim()).Distinct(StringComparer.Ordinal)];

    private static ValidationError? CheckServes(ImmutableArray<string> serves)
    {
        var names = NormalizeServes(serves);
        if (names.Length > PlanLimits.MaxServes)
        {
            return new ValidationError(
                ObjectiveFields.Serves,
                ValidationRule.OutOfRange,
                $"An objective may serve at most {PlanLimits.MaxServes} categories or competences.");
        }

        return names
            .Select(name => TextRules.CheckSingleLine(ObjectiveFields.Serves, name, PlanLimits.ServesMaxLength))
            .FirstOrDefault(error => error is not null);
    }
}
