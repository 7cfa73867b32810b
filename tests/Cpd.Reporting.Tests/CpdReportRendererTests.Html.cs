using System.Globalization;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    [Fact]
    public void Render_MixedRecords_SummaryShowsCountsAndHours()
    {
        var report = TestRecords.Report(MixedRecords(), _clock);

        var summary = ReportDocument.Parse(RenderHtml(report)).SummaryRows();

        Assert.Equal("4", summary["Total records"]);
        Assert.Equal("1", summary["Completed"]);
        Assert.Equal("2", summary["In progress"]);
        Assert.Equal("1", summary["Not started"]);
        Assert.Equal("1", summary["Overdue"]);
        Assert.Equal("17.75", summary["Total hours"]);
    }

    [Fact]
    public void Render_MixedRecords_SummaryComesBeforeTheRecords()
    {
        var document = ReportDocument.Parse(RenderHtml(TestRecords.Report(MixedRecords(), _clock))).Document;

        var summary = document.QuerySelector("section.summary")!;
        var firstRecord = document.QuerySelector("article.record")!;

        Assert.True(summary.CompareDocumentPosition(firstRecord).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public void Render_MixedRecords_HeadingsFollowTheOrderGiven()
    {
        var records = MixedRecords();

        var headings = ReportDocument.Parse(RenderHtml(TestRecords.Report(records, _clock))).RecordHeadings;

        Assert.Equal(records.Select(record => record.Title), headings);
    }

    [Fact]
    public void Render_RecordWithAllDetails_ShowsStatusAndEachDetail()
    {
        var record = TestRecords.Create(
            1,
            new CpdRecordDetails
            {
                Title = "Institute conference",
                ActivityDate = new LocalDate(2025, 3, 18),
                Category = "Professional",
                Hours = 2.5m,
                ReminderDate = new LocalDate(2026, 10, 15),
            },
            _clock,
            TestRecords.Answers(3, "Said"));

        var article = Single(record);

        Assert.Equal("In progress", article.QuerySelector(".badge.status")!.TextContent);
        Assert.Equal("18 March 2025", ReportDocument.DetailOf(article, "activity-date"));
        Assert.Equal("2025-03-18", article.QuerySelector("dd.activity-date time")!.GetAttribute("datetime"));
        Assert.Equal("Professional", ReportDocument.DetailOf(article, "category"));
        Assert.Equal("2.5", ReportDocument.DetailOf(article, "hours"));
        Assert.Equal("15 October 2026", ReportDocument.DetailOf(article, "reminder-date"));
        Assert.Null(article.QuerySelector(".badge.overdue"));
    }

    [Fact]
    public void Render_RecordWithTitleOnly_SaysWhichDetailsAreMissing()
    {
        var article = Single(TestRecords.Titled(1, "Reading", _clock));

        Assert.Equal("Not started", article.QuerySelector(".badge.status")!.TextContent);
        Assert.Equal("Not given", ReportDocument.DetailOf(article, "activity-date"));
        Assert.Equal("Not given", ReportDocument.DetailOf(article, "category"));
        Assert.Equal("Not given", ReportDocument.DetailOf(article, "hours"));
        Assert.Equal("None set", ReportDocument.DetailOf(article, "reminder-date"));
        Assert.Equal("No notes", article.QuerySelector(".notes dd")!.TextContent);
    }

    [Fact]
    public void Render_PartlyAnsweredRecord_ShowsEveryQuestionInOrderWithItsAnswer()
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["learning"] = "Ion migration matters.",
            ["activity"] = "Read a review.",
        };
        var record = TestRecords.Create(1, new CpdRecordDetails { Title = "Reading" }, _clock, answers);

        var questions = ReportDocument.QuestionsOf(Single(record));

        Assert.Equal(
            ReflectionFrameworks.Default.Questions.Select(question => question.Text),
            questions.Select(question => question.Question));
        Assert.Equal(("What did you do?", "Read a review.", true), questions[0]);
        Assert.Equal(("What did you learn or gain from it?", "Ion migration matters.", true), questions[2]);
        Assert.All(
            questions.Where((_, index) => index is not (0 or 2)),
            question => Assert.Equal(("Not answered yet", false), (question.Answer, question.Answered)));
    }

    [Fact]
    public void Render_CompletedRecord_ShowsCompletedAndNoUnansweredQuestion()
    {
        var article = Single(TestRecords.Titled(1, "Workshop", _clock, answered: 7));

        Assert.Equal("Completed", article.QuerySelector(".badge.status")!.TextContent);
        Assert.All(ReportDocument.QuestionsOf(article), question => Assert.True(question.Answered));
    }

    [Fact]
    public void Render_ReminderPassedAndIncomplete_MarksRecordOverdue()
    {
        var record = WithReminder(1, new LocalDate(2026, 6, 30), answered: 6);

        var article = Single(record);

        Assert.Contains("overdue", article.ClassList);
        Assert.Equal("Overdue", article.QuerySelector(".badge.overdue")!.TextContent);
        Assert.Equal("30 June 2026 Overdue", ReportDocument.DetailOf(article, "reminder-date"));
    }

    [Theory]
    [InlineData(2026, 7, 1, 0)]
    [InlineData(2026, 8, 1, 0)]
    [InlineData(2026, 6, 30, 7)]
    public void Render_ReminderTodayLaterOrRecordCompleted_IsNotOverdue(int year, int month, int day, int answered)
    {
        var article = Single(WithReminder(1, new LocalDate(year, month, day), answered));

        Assert.DoesNotContain("overdue", article.ClassList);
        Assert.Null(article.QuerySelector(".badge.overdue"));
        Assert.Null(article.QuerySelector(".overdue-label"));
    }

    [Fact]
    public void Render_MultiLineNotesAndAnswers_KeepEveryLineBreak()
    {
        const string Notes = "First line\nSecond line\r\n\n    indented line\tafter a tab";
        const string Answer = "One finding.\nA second finding.";
        var record = TestRecords.Create(
            1,
            new CpdRecordDetails { Title = "Root-cause analysis", Notes = Notes },
            _clock,
            new Dictionary<string, string> { ["learning"] = Answer });

        var article = Single(record);

        var notes = article.QuerySelector(".notes dd .text")!;
        Assert.Equal(Notes, notes.TextContent);
        Assert.Equal(Answer, ReportDocument.QuestionsOf(article)[2].Answer);
        Assert.Contains("text", article.QuerySelectorAll(".answer")[2].ClassList);
    }

    [Fact]
    public void Render_UnderAnotherThreadCulture_FormatsDatesAndHoursInvariantly()
    {
        var record = TestRecords.Create(
            1,
            new CpdRecordDetails { Title = "Course", Hours = 1234.5m, ActivityDate = new LocalDate(2025, 5, 2) },
            _clock);
        var report = TestRecords.Report([record], _clock);
        var invariant = RenderHtml(report);

        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var german = RenderHtml(report);

            Assert.Equal(invariant, german);
            var article = ReportDocument.Parse(german).RecordArticles[0];
            Assert.Equal("1234.5", ReportDocument.DetailOf(article, "hours"));
            Assert.Equal("2 May 2025", ReportDocument.DetailOf(article, "activity-date"));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Render_NoRecords_ShowsAnEmptySummaryAndSaysSo()
    {
        var document = ReportDocument.Parse(RenderHtml(TestRecords.Report([], _clock)));

        Assert.Equal("0", document.SummaryRows()["Total records"]);
        Assert.Equal("0", document.SummaryRows()["Total hours"]);
        Assert.Empty(document.RecordArticles);
        Assert.Equal("No CPD records yet.", document.Document.QuerySelector("main p.empty")!.TextContent);
    }

    [Fact]
    public void Render_MemberName_IsInHeadingAndTitleWithTheMemberId()
    {
        var document = ReportDocument.Parse(RenderHtml(TestRecords.Report([], _clock, "Dr Ada Example"))).Document;

        Assert.Equal("CPD report: Dr Ada Example", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("CPD report: Dr Ada Example", document.Title);
        Assert.Contains("member-042", document.QuerySelector(".report-meta")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Render_NoMemberName_ShowsTheMemberId(string? memberName)
    {
        var document = ReportDocument.Parse(RenderHtml(TestRecords.Report([], _clock, memberName))).Document;

        Assert.Equal("CPD report: member-042", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Render_GeneratedAt_IsShownOnTheMembersClock()
    {
        var document = ReportDocument.Parse(RenderHtml(TestRecords.Report([], _clock))).Document;

        var generated = document.QuerySelectorAll(".report-meta time")[0];
        Assert.Equal("1 July 2026 at 09:30 (Europe/London)", generated.TextContent);
        Assert.Equal("2026-07-01T09:30:00+01:00", generated.GetAttribute("datetime"));
    }

    [Fact]
    public void Render_SampleLog_ShowsEveryRecordWithItsAnswersUnderTheirQuestions()
    {
        var records = SampleLog.Read(_clock);

        var document = ReportDocument.Parse(RenderHtml(TestRecords.Report(records, _clock)));

        Assert.Equal(records.Select(record => record.Title), document.RecordHeadings);
        foreach (var (record, article) in records.Zip(document.RecordArticles))
        {
            var shown = ReportDocument.QuestionsOf(article);
            var expected = record.Framework.Questions.Select(question =>
                (question.Text, record.AnswerTo(question.Key)?.Text ?? "Not answered yet"));
            Assert.Equal(expected, shown.Select(question => (question.Question, question.Answer)));
        }
    }

    private static AngleSharp.Dom.IElement Single(CpdRecord record)
    {
        var clock = TestRecords.NewClock();
        return Assert.Single(ReportDocument.Parse(RenderHtml(TestRecords.Report([record], clock))).RecordArticles);
    }

    private CpdRecord WithReminder(int number, LocalDate reminder, int answered) =>
        TestRecords.Create(
            number,
            new CpdRecordDetails { Title = $"Record {number}", ReminderDate = reminder },
            _clock,
            TestRecords.Answers(answered, "Said"));

    /// <summary>Completed, in progress (one of them overdue on 1 July 2026) and not started.</summary>
    private List<CpdRecord> MixedRecords() =>
    [
        TestRecords.Create(
            1, new CpdRecordDetails { Title = "Conference", Hours = 14m }, _clock, TestRecords.Answers(7, "A")),
        TestRecords.Create(
            2,
            new CpdRecordDetails { Title = "Webinar", Hours = 1.25m, ReminderDate = new LocalDate(2026, 6, 30) },
            _clock,
            TestRecords.Answers(2, "B")),
        TestRecords.Create(
            3,
            new CpdRecordDetails { Title = "Reading", Hours = 2.5m, ReminderDate = new LocalDate(2026, 7, 1) },
            _clock,
            TestRecords.Answers(5, "C")),
        TestRecords.Titled(4, "Mentoring", _clock),
    ];
}
