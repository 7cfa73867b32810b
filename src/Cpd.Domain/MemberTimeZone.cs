using NodaTime;

namespace Cpd.Domain;

/// <summary>Resolves a member's IANA time zone, the calendar on which their reminders fall due.</summary>
public static class MemberTimeZone
{
    /// <summary>Finds the zone for an IANA (tz database) id such as <c>Europe/London</c>.</summary>
    /// <param name="timeZoneId">The IANA id; matched exactly, as the tz database spells it.</param>
    /// <returns>The time zone.</returns>
    /// <exception cref="CpdValidationException">The id is blank or not a known IANA id.</exception>
    public static DateTimeZone Resolve(string? timeZoneId)
    {
        const string Field = "timeZone";
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            throw new CpdValidationException(
                new ValidationError(Field, ValidationRule.Required, "A time zone (IANA id such as Europe/London) is required."));
        }

        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new CpdValidationException(new ValidationError(
                Field,
                ValidationRule.UnknownTimeZone,
                $"'{timeZoneId}' is not a known IANA time zone id (for example Europe/London or America/New_York)."));
    }

    /// <summary>Gets the member's local date now: the day on their own calendar.</summary>
    /// <param name="clock">The clock to read.</param>
    /// <param name="zone">The member's time zone.</param>
    /// <returns>Today's date where the member is.</returns>
    public static LocalDate Today(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        return clock.GetCurrentInstant().InZone(zone).Date;
    }
}
