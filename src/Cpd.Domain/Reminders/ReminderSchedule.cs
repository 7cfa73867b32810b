using NodaTime;

namespace Cpd.Domain.Reminders;

/// <summary>
/// When reminders fall due: at a local time of day on the reminder date, in the member's time zone, with the
/// zone's rules for that date (not the offset in force when the reminder was set).
/// </summary>
/// <remarks>
/// <para>
/// A local time that a daylight-saving change skips (such as 02:30 on a spring-forward night) is moved
/// forward by the length of the gap; a local time that a change repeats (an autumn night) resolves to the
/// earlier of the two instants. Either way the reminder has exactly one due instant: never an exception,
/// never two sends.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class ReminderSchedule
{
    /// <summary>Creates a schedule that sends at a local time of day.</summary>
    /// <param name="sendAt">The member's local time at which reminders are sent.</param>
    public ReminderSchedule(LocalTime sendAt) => SendAt = sendAt;

    /// <summary>Gets the schedule that sends at 09:00 local time, the default.</summary>
    public static ReminderSchedule Default { get; } = new(new LocalTime(9, 0));

    /// <summary>Gets the member's local time of day at which reminders are sent.</summary>
    public LocalTime SendAt { get; }

    /// <summary>Gets the instant a reminder for this date falls due for a member in this zone.</summary>
    /// <param name="reminderDate">The reminder date on the member's calendar.</param>
    /// <param name="zone">The member's time zone.</param>
    /// <returns>The single instant the reminder is due.</returns>
    public Instant DueAt(LocalDate reminderDate, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return reminderDate.At(SendAt).InZoneLeniently(zone).ToInstant();
    }

    /// <summary>Tells whether a reminder is due at an instant.</summary>
    /// <param name="reminderDate">The reminder date on the member's calendar.</param>
    /// <param name="zone">The member's time zone.</param>
    /// <param name="now">The instant to test.</param>
    /// <returns><see langword="true"/> when the due instant has come.</returns>
    public bool IsDue(LocalDate reminderDate, DateTimeZone zone, Instant now) => DueAt(reminderDate, zone) <= now;

    /// <summary>
    /// Gets the latest reminder date that can be due anywhere on Earth at an instant: a store query for
    /// candidates uses it, and the exact test per member follows with <see cref="IsDue"/>.
    /// </summary>
    /// <param name="now">The instant.</param>
    /// <returns>The date at the easternmost offset (UTC+14), or the day after when the send time has not come.</returns>
    public static LocalDate LatestPossiblyDueDate(Instant now) =>
        now.InZone(DateTimeZone.ForOffset(Offset.FromHours(14))).Date;
}
