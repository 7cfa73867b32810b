using Cpd.Domain.Records;
using Cpd.Reporting.Model;
using NodaTime;

namespace Cpd.Reporting.Tests.Model;

public sealed class ReportTextTests
{
    [Theory]
    [InlineData("14", "14")]
    [InlineData("14.00", "14")]
    [InlineData("2.5", "2.5")]
    [InlineData("0.25", "0.25")]
    [InlineData("0", "0")]
    [InlineData("1999.99", "1999.99")]
    public void Hours_AnyAmount_IsWrittenInvariantlyWithoutTrailingZeros(string hours, string expected)
    {
        var amount = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, ReportText.Invariant.Hours(amount));
    }

    [Fact]
    public void Date_AnyDate_IsIsoForMachinesAndSpelledOutForPeople()
    {
        var date = ReportText.Invariant.Date(new LocalDate(2026, 1, 9));

        Assert.Equal(new FormattedValue("2026-01-09", "9 January 2026"), date);
    }

    [Fact]
    public void Time_InWinter_UsesTheZonesOffsetAndNamesTheZone()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];

        var time = ReportText.Invariant.Time(Instant.FromUtc(2026, 12, 3, 9, 5), zone);

        Assert.Equal(new FormattedValue("2026-12-03T09:05:00+00:00", "3 December 2026 at 09:05 (Europe/London)"), time);
    }

    [Theory]
    [InlineData(CpdRecordStatus.NotStarted, "Not started", "not-started")]
    [InlineData(CpdRecordStatus.InProgress, "In progress", "in-progress")]
    [InlineData(CpdRecordStatus.Completed, "Completed", "completed")]
    public void Status_EachStatus_HasALabelAndAKey(CpdRecordStatus status, string label, string key)
    {
        Assert.Equal((label, key), (ReportText.StatusLabel(status), ReportText.StatusKey(status)));
    }

    [Theory]
    [InlineData("fr-FR", "18 mars 2025", "2,5")]
    [InlineData("de-DE", "18 März 2025", "2,5")]
    [InlineData("en-GB", "18 March 2025", "2.5")]
    public void DateAndHours_GivenCulture_AreWrittenInThatCulture(string culture, string date, string hours)
    {
        var text = new ReportText(System.Globalization.CultureInfo.GetCultureInfo(culture));

        Assert.Equal(new FormattedValue("2025-03-18", date), text.Date(new LocalDate(2025, 3, 18)));
        Assert.Equal(hours, text.Hours(2.5m));
    }

    [Fact]
    public void Moment_AnyInstant_IsUtcForMachinesAndTheMembersClockForPeople()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];

        var moment = ReportText.Invariant.Moment(Instant.FromUtc(2026, 7, 1, 8, 30), zone);

        Assert.Equal(new FormattedValue("2026-07-01T08:30:00Z", "1 July 2026 at 09:30 (Europe/London)"), moment);
    }

    [Theory]
    [InlineData(null, null, new CpdReportStatusFilter[0], null)]
    [InlineData("2025-01-01", "2025-12-31", new CpdReportStatusFilter[0], "Dated 1 January 2025 to 31 December 2025")]
    [InlineData("2025-01-01", null, new[] { CpdReportStatusFilter.Overdue }, "Dated 1 January 2025 or later; overdue")]
    [InlineData(null, "2025-12-31", new CpdReportStatusFilter[0], "Dated 31 December 2025 or earlier")]
    [InlineData(
        null,
        null,
        new[] { CpdReportStatusFilter.Overdue, CpdReportStatusFilter.Completed, CpdReportStatusFilter.NotStarted },
        "Completed, not started or overdue")]
    public void Selection_AnyOptions_SaysWhatIsShown(
        string? from, string? to, CpdReportStatusFilter[] statuses, string? expected)
    {
        var options = new CpdReportOptions { From = Date(from), To = Date(to), Statuses = statuses };

        Assert.Equal(expected, ReportText.Invariant.Selection(options));
    }

    private static LocalDate? Date(string? text) =>
        text is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
