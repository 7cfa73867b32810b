using System.Globalization;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using NodaTime;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    [Theory]
    [InlineData(CpdReportFormat.Html, "cpd-report.html")]
    [InlineData(CpdReportFormat.Markdown, "cpd-report.md")]
    [InlineData(CpdReportFormat.Csv, "cpd-report.csv")]
    [InlineData(CpdReportFormat.Json, "cpd-report.json")]
    public void Render_FixedReport_MatchesGoldenFile(CpdReportFormat format, string goldenFile)
    {
        var report = Render(TestRecords.Report(GoldenRecords(), _clock), format);

        GoldenFile.AssertMatches(goldenFile, report);
    }

    [Fact]
    public void Render_FixedReportFilteredInFrench_MatchesGoldenFile()
    {
        var options = new CpdReportOptions
        {
            From = new LocalDate(2025, 7, 1),
            Statuses = [CpdReportStatusFilter.InProgress, CpdReportStatusFilter.Overdue],
            Culture = CultureInfo.GetCultureInfo("fr-FR"),
        };

        var html = Render(TestRecords.Report(GoldenRecords(), _clock), CpdReportFormat.Html, options);

        GoldenFile.AssertMatches("cpd-report.filtered.fr-FR.html", html);
    }

    /// <summary>One of each thing the report shows differently, with fixed ids, dates and clock.</summary>
    private List<CpdRecord> GoldenRecords() =>
    [
        TestRecords.Create(
            1,
            new CpdRecordDetails
            {
                Title = "Institute conference: Quantum Technologies Showcase",
                ActivityDate = new LocalDate(2025, 3, 18),
                Category = "Professional",
                Hours = 14m,
            },
            _clock,
            TestRecords.Answers(7, "Conference")),
        TestRecords.Create(
            2,
            new CpdRecordDetails
            {
                Title = "Reading: review article on perovskite solar cell stability",
                ActivityDate = new LocalDate(2025, 7, 21),
                Category = "Self-directed",
                Hours = 3m,
                Notes = "Key points: moisture ingress, ion migration.\nFinish the reflection after the group meeting.",
                ReminderDate = new LocalDate(2026, 10, 15),
            },
            _clock,
            new Dictionary<string, string>
            {
                ["activity"] = "Read a 40-page review.",
                ["learning"] = "Ion migration under bias matters as much as moisture.\nDamp-heat tests miss it.",
            }),
        TestRecords.Create(
            3,
            new CpdRecordDetails
            {
                Title = "Accessibility training: inclusive lab practices",
                ActivityDate = new LocalDate(2026, 6, 25),
                Hours = 2.5m,
                ReminderDate = new LocalDate(2026, 6, 30),
            },
            _clock),
        TestRecords.Create(
            4,
            new CpdRecordDetails
            {
                Title = "<script>alert('title')</script> & \"friends\" \u202Egnp.exe",
                Category = "\"><img src=x onerror=alert(1)>",
                Hours = 0.25m,
                Notes = "&amp; is not an ampersand here.\r\nA Windows line break came before this line.",
            },
            _clock,
            new Dictionary<string, string> { ["activity"] = "<b>Not bold</b>, 'quoted' and \"double-quoted\"." }),
        TestRecords.Create(
            5,
            new CpdRecordDetails
            {
                Title = "Attended Photon 2026 — Ångström-scale imaging 🔬",
                ActivityDate = new LocalDate(2026, 3, 9),
                Category = "Professional",
                Hours = 7m,
                ReminderDate = new LocalDate(2026, 5, 1),
            },
            _clock,
            TestRecords.Answers(7, "Photon")),
        TestRecords.Titled(6, "Webinar: Net zero and the physics workforce", _clock),
        TestRecords.Create(
            7,
            new CpdRecordDetails
            {
                Title = "-40 °C environmental chamber commissioning",
                ActivityDate = new LocalDate(2026, 6, 2),
                Category = "@Work-based",
                Hours = 7.5m,
                Notes = "=HYPERLINK(\"https://example.invalid\",\"Open\")\n+1 more line, with a comma",
            },
            _clock,
            new Dictionary<string, string> { ["activity"] = "\tIndented with a tab", ["learning"] = "'Quoted' start" }),
    ];
}
