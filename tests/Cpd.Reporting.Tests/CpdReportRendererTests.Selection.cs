using System.Text.Json;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using NodaTime;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    [Fact]
    public void Render_DateRange_ShowsRecordsDatedWithinItBothEndsIncluded()
    {
        var report = TestRecords.Report(DatedRecords(), _clock);
        var options = new CpdReportOptions { From = new LocalDate(2025, 3, 1), To = new LocalDate(2025, 3, 31) };

        var titles = JsonTitles(Render(report, CpdReportFormat.Json, options));

        Assert.Equal(["1 March", "31 March"], titles);
    }

    [Fact]
    public void Render_DateRange_DatesARecordWithoutActivityDateByTheDayItWasRecordedOnTheMembersCalendar()
    {
        // 23:30 on 31 January UTC is already 1 February in Tokyo and still 31 January in London.
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 1, 31, 23, 30));
        var record = TestRecords.Titled(1, "Undated", clock);
        var january = new CpdReportOptions { From = new LocalDate(2025, 1, 1), To = new LocalDate(2025, 1, 31) };
        var london = TestRecords.Report([record], _clock);
        var tokyo = london with { TimeZone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"] };

        Assert.Equal(["Undated"], JsonTitles(Render(london, CpdReportFormat.Json, january)));
        Assert.Empty(JsonTitles(Render(tokyo, CpdReportFormat.Json, january)));
    }

    [Theory]
    [InlineData(new[] { CpdReportStatusFilter.Completed }, new[] { "Done" })]
    [InlineData(new[] { CpdReportStatusFilter.InProgress }, new[] { "Started", "Started, late" })]
    [InlineData(new[] { CpdReportStatusFilter.NotStarted }, new[] { "Idle", "Idle, late" })]
    [InlineData(new[] { CpdReportStatusFilter.Overdue }, new[] { "Started, late", "Idle, late" })]
    [InlineData(
        new[] { CpdReportStatusFilter.Completed, CpdReportStatusFilter.Overdue },
        new[] { "Done", "Started, late", "Idle, late" })]
    [InlineData(new CpdReportStatusFilter[0], new[] { "Done", "Started", "Started, late", "Idle", "Idle, late" })]
    public void Render_StatusFilter_ShowsRecordsMatchingAnyStatusInTheirOrder(
        CpdReportStatusFilter[] statuses, string[] expected)
    {
        var report = TestRecords.Report(StatusRecords(), _clock);

        var titles = JsonTitles(Render(report, CpdReportFormat.Json, new() { Statuses = statuses }));

        Assert.Equal(expected, titles);
    }

    [Fact]
    public void Render_Filtered_SummaryCountsOnlyTheSelectedRecords()
    {
        var report = TestRecords.Report(StatusRecords(), _clock);
        var options = new CpdReportOptions { Statuses = [CpdReportStatusFilter.Overdue] };

        var document = ReportDocument.Parse(Render(report, CpdReportFormat.Html, options));

        var summary = document.SummaryRows();
        Assert.Equal(("2", "0", "1", "1", "2"),
            (summary["Total records"], summary["Completed"], summary["In progress"], summary["Not started"],
                summary["Overdue"]));
        Assert.Equal("Overdue", document.Document.QuerySelector(".report-meta .selection dd")!.TextContent);
    }

    [Fact]
    public void Render_FilterMatchingNothing_SaysSoInEveryHumanFormat()
    {
        var report = TestRecords.Report(StatusRecords(), _clock);
        var options = new CpdReportOptions { From = new LocalDate(2030, 1, 1) };

        var html = ReportDocument.Parse(Render(report, CpdReportFormat.Html, options));
        var markdown = Render(report, CpdReportFormat.Markdown, options);

        Assert.Empty(html.RecordArticles);
        Assert.Equal("No CPD records match this selection.", html.Document.QuerySelector("main p.empty")!.TextContent);
        Assert.Contains("*No CPD records match this selection.*", markdown, StringComparison.Ordinal);
        Assert.Contains("- Showing: Dated 1 January 2030 or later\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Unfiltered_DoesNotMentionASelection()
    {
        var html = RenderHtml(TestRecords.Report(StatusRecords(), _clock));

        Assert.Null(ReportDocument.Parse(html).Document.QuerySelector(".selection"));
    }

    private static List<string> JsonTitles(string json) =>
    [
        .. JsonDocument.Parse(json).RootElement.GetProperty("records").EnumerateArray()
            .Select(record => record.GetProperty("title").GetString()!),
    ];

    private List<CpdRecord> DatedRecords() =>
    [
        .. new[] { (1, 2, 28, "28 February"), (2, 3, 1, "1 March"), (3, 3, 31, "31 March"), (4, 4, 1, "1 April") }
            .Select(dated => TestRecords.Create(
                dated.Item1,
                new CpdRecordDetails
                {
                    Title = dated.Item4, ActivityDate = new LocalDate(2025, dated.Item2, dated.Item3),
                },
                _clock)),
    ];

    /// <summary>One record of each status, with an overdue one among the in-progress and not-started ones.</summary>
    private List<CpdRecord> StatusRecords()
    {
        var late = new LocalDate(2026, 6, 30);
        return
        [
            TestRecords.Create(1, new() { Title = "Done", ReminderDate = late }, _clock, TestRecords.Answers(7, "A")),
            TestRecords.Create(2, new() { Title = "Started" }, _clock, TestRecords.Answers(2, "B")),
            TestRecords.Create(
                3, new() { Title = "Started, late", ReminderDate = late }, _clock, TestRecords.Answers(1, "C")),
            TestRecords.Create(4, new() { Title = "Idle", ReminderDate = new LocalDate(2026, 7, 1) }, _clock),
            TestRecords.Create(5, new() { Title = "Idle, late", ReminderDate = late }, _clock),
        ];
    }
}
