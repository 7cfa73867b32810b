using System.Globalization;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Reporting.Model;

/// <summary>
/// How dates, times, hours and statuses read in a report. Every pattern uses the invariant culture, never the
/// thread's, so a report reads the same on every server.
/// </summary>
internal static class ReportText
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");
    private static readonly LocalDateTimePattern LongDateTime =
        LocalDateTimePattern.CreateWithInvariantCulture("d MMMM uuuu 'at' HH:mm");

    // HTML's datetime attribute wants the offset as +01:00, which NodaTime's general ISO pattern shortens.
    private static readonly OffsetDateTimePattern HtmlDateTime =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    /// <summary>A date both for machines (ISO, for a <c>datetime</c> attribute) and for people.</summary>
    public static FormattedValue Date(LocalDate date) =>
        new(LocalDatePattern.Iso.Format(date), LongDate.Format(date));

    /// <summary>An instant as the member's wall clock shows it, with the zone named.</summary>
    public static FormattedValue Time(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone);
        return new FormattedValue(
            HtmlDateTime.Format(local.ToOffsetDateTime()),
            $"{LongDateTime.Format(local.LocalDateTime)} ({zone.Id})");
    }

    /// <summary>Hours without trailing zeros: 14, 2.5, 0.25.</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The status as a member reads it.</summary>
    public static string StatusLabel(CpdRecordStatus status) => status switch
    {
        CpdRecordStatus.NotStarted => "Not started",
        CpdRecordStatus.InProgress => "In progress",
        CpdRecordStatus.Completed => "Completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown record status."),
    };

    /// <summary>The status as a key for styling: <c>not-started</c>, <c>in-progress</c> or <c>completed</c>.</summary>
    public static string StatusKey(CpdRecordStatus status) => status switch
    {
        CpdRecordStatus.NotStarted => "not-started",
        CpdRecordStatus.InProgress => "in-progress",
        CpdRecordStatus.Completed => "completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown record status."),
    };
}
