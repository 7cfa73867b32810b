using System.Globalization;
using System.Text.Json;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    [Fact]
    public void Render_Json_SampleLog_ParsesBackWithEveryFieldOfEveryRecord()
    {
        var records = SampleLog.Read(_clock);

        using var json = JsonDocument.Parse(RenderJson(TestRecords.Report(records, _clock)));

        var shown = json.RootElement.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(records.Count, shown.Count);
        foreach (var (record, element) in records.Zip(shown))
        {
            AssertJsonHolds(record, element);
        }
    }

    [Fact]
    public void Render_Json_AnyReport_DescribesTheMemberTheDayAndTheSummary()
    {
        var report = TestRecords.Report(SampleLog.Read(_clock), _clock);

        using var json = JsonDocument.Parse(RenderJson(report));

        var root = json.RootElement;
        Assert.Equal(
            ("cpd-report", 1), (root.GetProperty("format").GetString(), root.GetProperty("formatVersion").GetInt32()));
        Assert.Equal("member-042", root.GetProperty("member").GetProperty("id").GetString());
        Assert.Equal("Dr Ada Example", root.GetProperty("member").GetProperty("name").GetString());
        Assert.Equal("2026-07-01T09:30:00+01:00", root.GetProperty("generatedAt").GetString());
        Assert.Equal(("2026-07-01", "Europe/London"),
            (root.GetProperty("memberToday").GetString(), root.GetProperty("timeZone").GetString()));
        var summary = root.GetProperty("summary");
        var expected = report.Summary;
        Assert.Equal(
            (expected.Total, expected.Completed, expected.InProgress, expected.NotStarted, expected.Overdue),
            (summary.GetProperty("total").GetInt32(), summary.GetProperty("completed").GetInt32(),
                summary.GetProperty("inProgress").GetInt32(), summary.GetProperty("notStarted").GetInt32(),
                summary.GetProperty("overdue").GetInt32()));
        Assert.Equal(expected.TotalHours, summary.GetProperty("totalHours").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    [MemberData(nameof(FormulaLikeTexts))]
    [InlineData("Back\\slash, \"quotes\" and \u00A0 no-break space")]
    [InlineData("\" } ], \"injected\": true, \"x\": [ {")]
    public void Render_Json_HostileText_ParsesBackToTheSameText(string text)
    {
        var answers = ReflectionFrameworks.Default.Questions.ToDictionary(question => question.Key, _ => text);
        var details = new CpdRecordDetails { Title = text, Category = text, Notes = text };
        var record = TestRecords.Create(1, details, _clock, answers);

        using var json = JsonDocument.Parse(RenderJson(TestRecords.Report([record], _clock, text)));

        AssertJsonHolds(record, Assert.Single(json.RootElement.GetProperty("records").EnumerateArray()));
        Assert.Equal(text, json.RootElement.GetProperty("member").GetProperty("name").GetString());
        Assert.False(json.RootElement.TryGetProperty("injected", out _));
    }

    [Theory]
    [InlineData("tab\tand\nnew line\r\nand an old Mac line\rend")]
    [InlineData("\n\nStarts and ends with blank lines\n\n")]
    [InlineData("Line\u2028separator and paragraph\u2029separator")]
    public void Render_Json_MultiLineNotesAndAnswers_ParseBackExactly(string text)
    {
        var details = new CpdRecordDetails { Title = "Multi-line", Notes = text };
        var record = TestRecords.Create(1, details, _clock, new Dictionary<string, string> { ["learning"] = text });

        using var json = JsonDocument.Parse(RenderJson(TestRecords.Report([record], _clock)));

        AssertJsonHolds(record, Assert.Single(json.RootElement.GetProperty("records").EnumerateArray()));
    }

    [Fact]
    public void Render_Json_Filtered_StatesTheSelection()
    {
        var options = new CpdReportOptions
        {
            From = new LocalDate(2025, 1, 1),
            Statuses = [CpdReportStatusFilter.Overdue, CpdReportStatusFilter.Completed, CpdReportStatusFilter.Overdue],
        };

        var json = Render(TestRecords.Report([], _clock), CpdReportFormat.Json, options);

        var selection = JsonDocument.Parse(json).RootElement.GetProperty("selection");
        Assert.Equal("2025-01-01", selection.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, selection.GetProperty("to").ValueKind);
        var statuses = selection.GetProperty("statuses").EnumerateArray().Select(status => status.GetString());
        Assert.Equal(["completed", "overdue"], statuses);
    }

    [Fact]
    public void Render_Json_InAnotherCulture_IsTheSameDocument()
    {
        var report = TestRecords.Report(SampleLog.Read(_clock), _clock);
        var german = new CpdReportOptions { Culture = CultureInfo.GetCultureInfo("de-DE") };

        Assert.Equal(RenderJson(report), Render(report, CpdReportFormat.Json, german));
    }

    [Fact]
    public void Render_JsonTemplateWritingNothingButNulls_WritesValidJson()
    {
        var renderer = Supplied(
            "{ \"name\": {{ report.member_name }}, \"to\": {{ report.selection.to?.iso }}, \"x\": {{ null }} }",
            CpdReportFormat.Json);

        var json = renderer.Render(TestRecords.Report([], _clock, memberName: null), CpdReportFormat.Json,
            CpdReportOptions.Default, Token);

        Assert.Equal("{ \"name\": null, \"to\": null, \"x\": null }", json);
    }

    [Fact]
    public void Render_JsonTemplateWritingAModelObject_WritesItAsJson()
    {
        var renderer = Supplied("{{ report.member_today }}", CpdReportFormat.Json);

        var json = Render(renderer, TestRecords.Report([], _clock), CpdReportFormat.Json);

        Assert.Equal("{\"iso\":\"2026-07-01\",\"text\":\"1 July 2026\"}", json);
    }

    private static string RenderJson(CpdReport report) =>
        Render(report, CpdReportFormat.Json);

    private void AssertJsonHolds(CpdRecord record, JsonElement element)
    {
        var today = MemberTimeZone.Today(_clock, TestRecords.London);
        Assert.Equal(record.Id.ToString(), element.GetProperty("id").GetString());
        Assert.Equal(record.Title, element.GetProperty("title").GetString());
        Assert.Equal(Reporting.Model.ReportText.StatusKey(record.Status), element.GetProperty("status").GetString());
        Assert.Equal(record.IsOverdueOn(today), element.GetProperty("overdue").GetBoolean());
        Assert.Equal(record.ActivityDate, DateOrNull(element.GetProperty("activityDate")));
        Assert.Equal(record.Category, element.GetProperty("category").GetString());
        var hours = element.GetProperty("hours");
        Assert.Equal(record.Hours, hours.ValueKind == JsonValueKind.Number ? hours.GetDecimal() : null);
        Assert.Equal(record.ReminderDate, DateOrNull(element.GetProperty("reminderDate")));
        Assert.Equal(record.Notes, element.GetProperty("notes").GetString());
        var framework = element.GetProperty("framework");
        Assert.Equal(
            (record.Framework.Id, record.Framework.Version, record.Framework.Name),
            (framework.GetProperty("id").GetString(), framework.GetProperty("version").GetInt32(),
                framework.GetProperty("name").GetString()));
        AssertJsonAnswers(record, element.GetProperty("answers"));
        Assert.Equal(record.CreatedAt, InstantOf(element.GetProperty("createdAt")));
        Assert.Equal(record.UpdatedAt, InstantOf(element.GetProperty("updatedAt")));
        Assert.Equal(record.Version, element.GetProperty("version").GetInt64());
    }

    private static void AssertJsonAnswers(CpdRecord record, JsonElement answers)
    {
        var shown = answers.EnumerateArray().ToList();
        Assert.Equal(record.Framework.Questions.Count, shown.Count);
        foreach (var (question, answer) in record.Framework.Questions.Zip(shown))
        {
            var saved = record.AnswerTo(question.Key);
            Assert.Equal(question.Key, answer.GetProperty("key").GetString());
            Assert.Equal(question.Text, answer.GetProperty("question").GetString());
            Assert.Equal(saved?.Text, answer.GetProperty("answer").GetString());
            Assert.Equal(saved?.SavedAt, answer.GetProperty("savedAt").GetString() is { } at
                ? InstantPattern.ExtendedIso.Parse(at).Value
                : null);
        }
    }

    private static Instant InstantOf(JsonElement element) => InstantPattern.ExtendedIso.Parse(element.GetString()!).Value;

    private static LocalDate? DateOrNull(JsonElement element) =>
        element.GetString() is { } text ? LocalDatePattern.Iso.Parse(text).Value : null;
}
