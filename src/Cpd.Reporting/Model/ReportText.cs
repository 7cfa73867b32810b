using System.Globalization;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Text;
using Scriban.Runtime;

namespace Cpd.Reporting.Model;

/// <summary>
/// How dates, times, hours and statuses read in a report, in the culture the report was asked for and never the
/// thread's, so a report reads the same on every server. Machine forms (ISO 8601, invariant numbers) are written
/// alongside for attributes, CSV and JSON.
/// </summary>
internal sealed class ReportText
{
    // HTML's datetime attribute wants the offset as +01:00, which NodaTime's general ISO pattern shortens.
    private static readonly OffsetDateTimePattern IsoOffsetDateTime =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    private readonly CultureInfo _culture;
    private readonly LocalDatePattern _longDate;
    private readonly LocalDateTimePattern _longDateTime;

    public ReportText(CultureInfo culture)
    {
        _culture = culture;
        _longDate = LocalDatePattern.Create("d MMMM uuuu", culture);
        _longDateTime = LocalDateTimePattern.Create("d MMMM uuuu 'at' HH:mm", culture);
    }

    /// <summary>The report's text in the invariant culture.</summary>
    public static ReportText Invariant { get; } = new(CultureInfo.InvariantCulture);

    /// <summary>A date both for machines (ISO, for a <c>datetime</c> attribute) and for people.</summary>
    public FormattedValue Date(LocalDate date) => new(LocalDatePattern.Iso.Format(date), _longDate.Format(date));

    /// <summary>An instant as the member's wall clock shows it, with the zone named.</summary>
    public FormattedValue Time(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone);
        return new FormattedValue(
            IsoOffsetDateTime.Format(local.ToOffsetDateTime()),
            $"{_longDateTime.Format(local.LocalDateTime)} ({zone.Id})");
    }

    /// <summary>An instant in UTC for machines, and on the member's wall clock for people.</summary>
    public FormattedValue Moment(Instant instant, DateTimeZone zone) =>
        new(InstantPattern.ExtendedIso.Format(instant), Time(instant, zone).Text);

    /// <summary>Hours without trailing zeros: 14, 2.5, 0.25 (or 2,5 where the culture writes it so).</summary>
    public string Hours(decimal hours) => hours.ToString("0.##", _culture);

    /// <summary>An amount, such as hours or credits, as a number for machines and as text for people.</summary>
    public ScriptObject Amount(decimal amount) => new(2)
    {
        ["value"] = decimal.Parse(Invariant.Hours(amount), CultureInfo.InvariantCulture),
        ["text"] = Hours(amount),
    };

    /// <summary>
    /// A share from 0 to 1, as a number rounded to four places for machines and as a whole percentage for people.
    /// </summary>
    public ScriptObject Share(decimal share) => new(2)
    {
        ["value"] = Math.Round(share, 4, MidpointRounding.AwayFromZero),
        ["text"] = Percent(share),
    };

    /// <summary>A share from 0 to 1 as a whole percentage, such as 43%.</summary>
    public string Percent(decimal share) =>
        Math.Round(share * 100m, 0, MidpointRounding.AwayFromZero).ToString("0", _culture) + "%";

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

    /// <summary>A status filter as a key: completed, in-progress, not-started or overdue.</summary>
    public static string FilterKey(CpdReportStatusFilter filter) => filter switch
    {
        CpdReportStatusFilter.Completed => "completed",
        CpdReportStatusFilter.InProgress => "in-progress",
        CpdReportStatusFilter.NotStarted => "not-started",
        CpdReportStatusFilter.Overdue => "overdue",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "Unknown status filter."),
    };

    /// <summary>
    /// What the options select, for people: <c>Dated 1 January 2025 to 31 March 2025; completed or overdue</c>.
    /// </summary>
    /// <returns><see langword="null"/> when the options select every record.</returns>
    public string? Selection(CpdReportOptions options)
    {
        string?[] parts = [DateRange(options.From, options.To), StatusList(options.Statuses)];
        var text = string.Join("; ", parts.OfType<string>());
        return text.Length == 0 ? null : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private string? DateRange(LocalDate? from, LocalDate? to) => (from, to) switch
    {
        ({ } start, { } end) => $"dated {_longDate.Format(start)} to {_longDate.Format(end)}",
        ({ } start, null) => $"dated {_longDate.Format(start)} or later",
        (null, { } end) => $"dated {_longDate.Format(end)} or earlier",
        _ => null,
    };

    private static string? StatusList(IReadOnlyCollection<CpdReportStatusFilter> statuses)
    {
        var words = statuses.Distinct().Order().Select(status => FilterKey(status).Replace('-', ' ')).ToList();
        return words.Count switch
        {
            0 => null,
            1 => words[0],
            _ => $"{string.Join(", ", words[..^1])} or {words[^1]}",
        };
    }
}
