using System.Globalization;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Portal.Forms;

/// <summary>How the pages write statuses, dates, times and hours for a member to read.</summary>
public static class RecordText
{
    private static readonly LocalDatePattern ReadableDate = LocalDatePattern.CreateWithInvariantCulture("d MMM yyyy");
    private static readonly LocalDateTimePattern ReadableTime =
        LocalDateTimePattern.CreateWithInvariantCulture("d MMM yyyy, HH:mm");

    /// <summary>Gets a status as a member reads it.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The words.</returns>
    public static string Status(CpdRecordStatus status) => status switch
    {
        CpdRecordStatus.NotStarted => "Not started",
        CpdRecordStatus.InProgress => "In progress",
        _ => "Completed",
    };

    /// <summary>Gets the CSS class name of a status badge.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The class name.</returns>
    public static string StatusClass(CpdRecordStatus status) => status switch
    {
        CpdRecordStatus.NotStarted => "badge badge-not-started",
        CpdRecordStatus.InProgress => "badge badge-in-progress",
        _ => "badge badge-completed",
    };

    /// <summary>Gets a date such as <c>3 Mar 2026</c>, or a dash.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate? date) => date is { } value ? ReadableDate.Format(value) : "–";

    /// <summary>Gets an instant on the member's calendar, such as <c>3 Mar 2026, 14:05</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The member's time zone.</param>
    /// <returns>The text.</returns>
    public static string Time(Instant instant, DateTimeZone zone) =>
        ReadableTime.Format(instant.InZone(zone).LocalDateTime);

    /// <summary>Gets hours such as <c>2.5 h</c>, or a dash.</summary>
    /// <param name="hours">The hours.</param>
    /// <returns>The text.</returns>
    public static string Hours(decimal? hours) =>
        hours is { } value ? value.ToString("0.##", CultureInfo.InvariantCulture) + " h" : "–";

    /// <summary>Gets a date as a date input holds it (<c>yyyy-MM-dd</c>), or empty.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string InputDate(LocalDate? date) =>
        date is { } value ? LocalDatePattern.Iso.Format(value) : string.Empty;

    /// <summary>Gets hours as the hours input holds them, or empty.</summary>
    /// <param name="hours">The hours.</param>
    /// <returns>The text.</returns>
    public static string InputHours(decimal? hours) =>
        hours?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
}
