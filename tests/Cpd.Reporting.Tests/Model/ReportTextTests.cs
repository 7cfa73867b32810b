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

        Assert.Equal(expected, ReportText.Hours(amount));
    }

    [Fact]
    public void Date_AnyDate_IsIsoForMachinesAndSpelledOutForPeople()
    {
        Assert.Equal(new FormattedValue("2026-01-09", "9 January 2026"), ReportText.Date(new LocalDate(2026, 1, 9)));
    }

    [Fact]
    public void Time_InWinter_UsesTheZonesOffsetAndNamesTheZone()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];

        var time = ReportText.Time(Instant.FromUtc(2026, 12, 3, 9, 5), zone);

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
}
