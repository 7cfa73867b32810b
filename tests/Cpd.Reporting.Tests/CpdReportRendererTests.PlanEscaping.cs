using System.Text.Json;
using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    private static readonly HashSet<string> PlanTemplateElements =
        new(TemplateElements, StringComparer.OrdinalIgnoreCase)
    {
        "thead", "ul", "li", "a",
    };

    private static readonly HashSet<string> PlanTemplateAttributes =
        new(TemplateAttributes, StringComparer.OrdinalIgnoreCase) { "href" };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Render_HostileObjectiveAndSchemeNamesInHtml_AreShownExactlyAsText(string text)
    {
        var report = HostilePlanReport(text);

        var document = ReportDocument.Parse(RenderHtml(report)).Document;

        var elements = document.QuerySelectorAll("*");
        Assert.All(elements, element => Assert.Contains(element.LocalName, PlanTemplateElements));
        Assert.All(
            elements.SelectMany(element => element.Attributes),
            attribute => Assert.Contains(attribute.Name, PlanTemplateAttributes));
        Assert.Equal(text, document.QuerySelector(".objective h3")!.TextContent);
        Assert.Equal(text, document.QuerySelector(".record .objectives a")!.TextContent);
        Assert.Equal(text, document.QuerySelector(".scheme h3")!.TextContent);
        Assert.Equal(text, document.QuerySelector(".scheme tbody th")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Render_HostileObjectiveAndSchemeNamesInMarkdown_AreShownExactlyAsText(string text)
    {
        var report = HostilePlanReport(text);

        var document = MarkdownDocument.Parse(Render(report, CpdReportFormat.Markdown));

        Assert.Empty(document.QuerySelectorAll("script, img, a, style, b"));
        var headings = document.QuerySelectorAll("h3").Select(heading => heading.TextContent).ToList();
        Assert.Contains(text.Trim(), headings.Select(heading => heading.Trim()));
        var categories = document.QuerySelectorAll("table")[1];
        Assert.Equal(text.Trim(), categories.QuerySelector("tbody td")!.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Render_HostileObjectiveAndSchemeNamesInJsonAndCsv_RoundTrip(string text)
    {
        var report = HostilePlanReport(text);

        using var json = JsonDocument.Parse(Render(report, CpdReportFormat.Json));
        var csv = CsvReport.Read(Render(report, CpdReportFormat.Csv));

        var root = json.RootElement;
        Assert.Equal(text, root.GetProperty("plan").GetProperty("objectives")[0].GetProperty("title").GetString());
        var scheme = root.GetProperty("compliance")[0];
        Assert.Equal(text, scheme.GetProperty("scheme").GetProperty("name").GetString());
        Assert.Equal(text, scheme.GetProperty("categories")[0].GetProperty("name").GetString());
        Assert.Equal(text, CsvReport.Value(csv.Rows[0]["Objectives"]));
    }

    [Fact]
    public void Render_ObjectiveOfAnotherMember_IsRefusedWithoutNamingThatMember()
    {
        var stranger = DevelopmentObjective.Create(
            TestPlans.Id(9), MemberId.From("member-999"), new ObjectiveDetails { Title = "Theirs" }, _clock);
        var plan = PlanProgress.Of(stranger.MemberId, [stranger], [], [], new NodaTime.LocalDate(2026, 7, 1));
        var report = TestRecords.Report([], _clock) with { Plan = plan };

        var exception = Assert.Throws<CpdReportException>(() => RenderHtml(report));

        Assert.DoesNotContain("member-999", exception.Message, StringComparison.Ordinal);
        Assert.Contains(stranger.Id.ToString(), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NullComplianceVerdict_ThrowsArgumentException()
    {
        var report = TestRecords.Report([], _clock) with { Compliance = [null!] };

        Assert.Throws<ArgumentNullException>(() => RenderHtml(report));
    }

    [Fact]
    public void Render_RecordServingObjectiveOutsideThePlan_ShowsTheObjectiveId()
    {
        var details = new CpdRecordDetails { Title = "Reading", Objectives = ObjectiveSet.Of(TestPlans.Id(7)) };
        var record = TestRecords.Create(1, details, _clock);
        var report = TestRecords.Report([record], _clock) with { Plan = TestPlans.Progress([], [record], _clock) };

        var document = ReportDocument.Parse(RenderHtml(report)).Document;

        Assert.Equal(TestPlans.Id(7).ToString(), document.QuerySelector(".record .objectives a")!.TextContent);
        Assert.Equal("Planned", document.QuerySelector(".record .plan-planned")!.TextContent);
    }

    /// <summary>An objective, a scheme and its first category named with the text; one record serving it.</summary>
    private CpdReport HostilePlanReport(string text)
    {
        var objective = TestPlans.Objective(1, new ObjectiveDetails { Title = text, Why = text }, _clock);
        var details = new CpdRecordDetails
        {
            Title = "Reading",
            Category = "Professional",
            Hours = 2m,
            ActivityDate = new NodaTime.LocalDate(2026, 6, 1),
            Objectives = ObjectiveSet.Of(objective.Id),
        };
        var record = TestRecords.Create(1, details, _clock, TestRecords.Answers(7, "Reading"));
        var scheme = TestPlans.HoursScheme(name: text, formalName: text);
        return TestRecords.Report([record], _clock) with
        {
            Plan = TestPlans.Progress([objective], [record], _clock),
            Compliance = [TestPlans.Evaluate(scheme, [record], _clock)],
        };
    }
}
