using System.Text.Json;

namespace Cpd.Console.Tests;

public sealed partial class CpdConsoleAppTests
{
    private const string PlanToday = "2026-12-03";

    [Fact]
    public async Task Summary_WithPlanAndScheme_ShowsObjectivesOverdueShareAndSchemeHeadline()
    {
        await SetUpPlanAsync();

        var result = await _cpd.RunOkAsync("summary", "--scheme", "cpd-default", "--today", PlanToday);

        Assert.Contains(
            "  Plan: 2 objective(s)  Planned: 1  In progress: 1  Achieved: 0  Dropped: 0  Overdue: 1",
            result.Output,
            StringComparison.Ordinal);
        Assert.Contains(
            "  Overdue objective: Speak at a conference (target 2026-12-01)", result.Output, StringComparison.Ordinal);
        Assert.Contains("  Planned records: 1 (50%)  Unplanned: 1", result.Output, StringComparison.Ordinal);
        Assert.Matches(
            @"\n  .+ \(1 January 2026 to 31 December 2026\): \d+ rule\(s\) still to meet; first: .+ by 31 December 2026",
            result.Output);
    }

    [Fact]
    public async Task Summary_WithoutScheme_ShowsThePlanAndNoVerdict()
    {
        await SetUpPlanAsync();

        var result = await _cpd.RunOkAsync("summary", "--today", PlanToday);

        Assert.Contains("  Plan: 2 objective(s)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("rule(s)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("every rule is met", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithScheme_CarriesThePlanEachRecordsLinksAndTheVerdict()
    {
        await SetUpPlanAsync();

        var result = await _cpd.RunOkAsync(
            "report", "-f", "json", "-o", "-", "--scheme", "cpd-default", "--registered", "2020-01-15",
            "--today", PlanToday);

        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var objectives = root.GetProperty("plan").GetProperty("objectives");
        Assert.Equal(
            ["Speak at a conference", "Learn Bayesian statistics"],
            objectives.EnumerateArray().Select(objective => objective.GetProperty("title").GetString()));
        Assert.True(objectives[0].GetProperty("overdue").GetBoolean());
        var records = root.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal([true, false], records.Select(record => record.GetProperty("planned").GetBoolean()));
        Assert.Equal(
            objectives[0].GetProperty("id").GetString(),
            Assert.Single(records[0].GetProperty("objectiveIds").EnumerateArray()).GetString());
        var verdict = Assert.Single(root.GetProperty("compliance").EnumerateArray());
        Assert.Equal("cpd-default", verdict.GetProperty("scheme").GetProperty("id").GetString());
        Assert.Equal("2026-01-01", verdict.GetProperty("cycle").GetProperty("start").GetString());
        Assert.NotEmpty(verdict.GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task Report_WithoutScheme_CarriesThePlanButNoCompliance()
    {
        await SetUpPlanAsync();

        var result = await _cpd.RunOkAsync("report", "-f", "markdown", "-o", "-", "--today", PlanToday);

        Assert.Contains("## Development plan", result.Output, StringComparison.Ordinal);
        Assert.Contains("### Speak at a conference", result.Output, StringComparison.Ordinal);
        Assert.Contains("- Planned: Yes", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("## Compliance", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownScheme_IsRefusedAndWritesNoFile()
    {
        var path = Path.Combine(_cpd.Folder, "report.html");

        var result = await _cpd.RunAsync("report", "-o", path, "--scheme", "no-such-scheme");

        Assert.NotEqual(0, result.Code);
        Assert.Contains("no-such-scheme", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    /// <summary>Two objectives (the first overdue on <see cref="PlanToday"/>); two records, one serving the first.</summary>
    private async Task SetUpPlanAsync()
    {
        await _cpd.RunOkAsync("plan", "add", "Speak at a conference", "--target", "2026-12-01");
        await _cpd.RunOkAsync("plan", "add", "Learn Bayesian statistics", "--target", "2027-06-30");
        await _cpd.RunOkAsync("add", "--title", "Rehearsal with my group", "--hours", "2", "--date", "2026-11-20");
        await _cpd.RunOkAsync("add", "--title", "Corridor chat", "--hours", "0.5", "--date", "2026-11-21");
        await _cpd.RunOkAsync("plan", "link", "#1", "#1");
        await _cpd.RunOkAsync("plan", "status", "#2", "in-progress");
    }
}
