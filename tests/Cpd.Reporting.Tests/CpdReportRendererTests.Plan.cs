using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using NodaTime;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    [Theory]
    [InlineData(CpdReportFormat.Html, "cpd-report.plan.html")]
    [InlineData(CpdReportFormat.Markdown, "cpd-report.plan.md")]
    [InlineData(CpdReportFormat.Csv, "cpd-report.plan.csv")]
    [InlineData(CpdReportFormat.Json, "cpd-report.plan.json")]
    public void Render_FixedReportWithPlanAndCompliance_MatchesGoldenFile(CpdReportFormat format, string goldenFile)
    {
        var report = Render(PlannedReport(), format);

        GoldenFile.AssertMatches(goldenFile, report);
    }

    /// <summary>
    /// The member's plan on 1 July 2026: one objective overdue, one planned, one achieved, one dropped; five records,
    /// four of them planned; a review; and the standing in an hours scheme (not yet met) and a records scheme (met).
    /// </summary>
    private CpdReport PlannedReport()
    {
        var objectives = GoldenObjectives();
        var records = PlannedRecords();
        var review = PlanReview.Record(
            TestRecords.Member,
            new LocalDate(2026, 6, 15),
            "Presenting is going well.\nBook the stability course.",
            _clock);
        return TestRecords.Report(records, _clock) with
        {
            Plan = TestPlans.Progress(objectives, records, _clock, [review]),
            Compliance =
            [
                TestPlans.Evaluate(TestPlans.HoursScheme(), records, _clock),
                TestPlans.Evaluate(TestPlans.RecordsScheme(), records, _clock),
            ],
        };
    }

    private List<DevelopmentObjective> GoldenObjectives() =>
    [
        TestPlans.Objective(
            1,
            new ObjectiveDetails
            {
                Title = "Build confidence presenting research",
                Why = "I avoid questions after talks.",
                TargetDate = new LocalDate(2026, 3, 31),
                Serves = ["Professional"],
                Status = ObjectiveStatus.InProgress,
            },
            _clock),
        TestPlans.Objective(
            2,
            new ObjectiveDetails
            {
                Title = "Learn perovskite stability testing",
                Why = "Our group starts damp-heat tests in the autumn.",
                TargetDate = new LocalDate(2026, 12, 31),
                Serves = ["Self-directed", "Professional"],
            },
            _clock),
        TestPlans.Objective(
            3,
            new ObjectiveDetails
            {
                Title = "Complete accessibility training",
                TargetDate = new LocalDate(2026, 6, 30),
                Status = ObjectiveStatus.Achieved,
            },
            _clock),
        TestPlans.Objective(
            4,
            new ObjectiveDetails { Title = "Learn Python for data analysis", Status = ObjectiveStatus.Dropped },
            _clock),
    ];

    private List<CpdRecord> PlannedRecords() =>
    [
        TestRecords.Create(
            1,
            new CpdRecordDetails
            {
                Title = "Institute conference: Quantum Technologies Showcase",
                ActivityDate = new LocalDate(2025, 3, 18),
                Category = "Professional",
                Hours = 14m,
                Objectives = ObjectiveSet.Of(TestPlans.Id(1)),
            },
            _clock,
            TestRecords.Answers(7, "Conference")),
        TestRecords.Create(
            2,
            new CpdRecordDetails
            {
                Title = "Reading: review article on perovskite solar cell stability",
                ActivityDate = new LocalDate(2026, 4, 21),
                Category = "Self-directed",
                Hours = 3m,
                Objectives = ObjectiveSet.Of(TestPlans.Id(2)),
            },
            _clock,
            TestRecords.Answers(2, "Reading")),
        TestRecords.Create(
            3,
            new CpdRecordDetails
            {
                Title = "Accessibility training: inclusive lab practices",
                ActivityDate = new LocalDate(2026, 6, 25),
                Hours = 2.5m,
                Objectives = ObjectiveSet.Of(TestPlans.Id(3)),
                FollowsUp = TestRecords.Id(1),
            },
            _clock,
            TestRecords.Answers(7, "Training")),
        TestRecords.Create(
            4,
            new CpdRecordDetails
            {
                Title = "Lab seminar: presenting to non-specialists",
                ActivityDate = new LocalDate(2026, 2, 10),
                Category = "Professional",
                Hours = 1.5m,
            },
            _clock,
            TestRecords.Answers(7, "Seminar")),
        TestRecords.Create(
            5,
            new CpdRecordDetails
            {
                Title = "Attended Photon 2026 — Ångström-scale imaging 🔬",
                ActivityDate = new LocalDate(2026, 3, 9),
                Category = "Professional",
                Hours = 7m,
                Objectives = ObjectiveSet.Of(TestPlans.Id(1), TestPlans.Id(2)),
            },
            _clock,
            TestRecords.Answers(7, "Photon")),
    ];
}
