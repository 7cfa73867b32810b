using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain;

/// <summary>The rule every date a member gives obeys: a record's, an objective's, a review's or a scheme's.</summary>
internal static class DateRules
{
    /// <summary>A date, if given, is in the ISO calendar and between the documented years.</summary>
    public static ValidationError? Check(string field, LocalDate? date)
    {
        if (date is not { } value)
        {
            return null;
        }

        if (value.Calendar != CalendarSystem.Iso)
        {
            return new ValidationError(field, ValidationRule.Format, "Dates must use the ISO calendar.");
        }

        return value.Year is < CpdRecordLimits.EarliestYear or > CpdRecordLimits.LatestYear
            ? new ValidationError(
                field,
                ValidationRule.OutOfRange,
                $"The date must fall between the years {CpdRecordLimits.EarliestYear} and {CpdRecordLimits.LatestYear}.")
            : null;
    }
}
