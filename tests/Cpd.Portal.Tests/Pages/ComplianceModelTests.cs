using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Pages;

public sealed class ComplianceModelTests : SignedInTest
{
    [Fact]
    public async Task OnGet_WithNoRecords_ShowsEachSchemeTheCycleAndWhatIsLeft()
    {
        var page = await Client.GetPageAsync("/this-cycle");

        Assert.Equal(
            ["Cpd.Library default scheme", "Three-year hours with category minimums (modelled on Engineers Australia)"],
            page.QuerySelectorAll("section.scheme h2").Select(heading => heading.TextContent.Trim()));
        Assert.Contains("1 Jan 2026 to 31 Dec 2026", PlanPages.Text(page, "#scheme-cpd-default .cycle"));
        Assert.Contains("29 days left", PlanPages.Text(page, "#scheme-cpd-default .cycle"));
        var rules = PlanPages.Text(page, "#scheme-cpd-default-rules");
        Assert.Contains("30 more hours by 31 December 2026 (0 of 30 so far).", rules);
        Assert.Contains("Activity in 3 more categories by 31 December 2026", rules);
        Assert.Equal("Requirements left", PlanPages.Text(page, "#scheme-cpd-default-state"));
        Assert.Contains("1 Jul 2024 to 30 Jun 2027", PlanPages.Text(page, "#scheme-engineers-australia .cycle"));
    }

    [Fact]
    public async Task OnGet_AfterACompletedRecord_CountsItsHoursAndLeavesTheRest()
    {
        var record = await Client.AddRecordAsync(
            "Short course", Fields.Of(("Form.ActivityDate", "2026-11-20"), ("Form.Category", "Formal/educational"),
                ("Form.Hours", "7.5")));
        await Client.CompleteAsync(record);

        var page = await Client.GetPageAsync("/this-cycle");

        Assert.Equal("7.5", PlanPages.Text(page, "#scheme-cpd-default-total"));
        var rules = PlanPages.Text(page, "#scheme-cpd-default-rules");
        Assert.Contains("22.5 more hours by 31 December 2026 (7.5 of 30 so far).", rules);
        Assert.Contains("Activity in 2 more categories", rules);
    }

    [Fact]
    public async Task OnGet_AnIncompleteRecord_IsListedAsNotCountingYet()
    {
        await Client.AddRecordAsync(
            "Webinar", Fields.Of(("Form.ActivityDate", "2026-10-01"), ("Form.Category", "Professional"),
                ("Form.Hours", "1")));

        var page = await Client.GetPageAsync("/this-cycle");

        Assert.Equal("0", PlanPages.Text(page, "#scheme-cpd-default-total"));
        Assert.Contains("Webinar: answer every question to complete it.",
            PlanPages.Text(page, "#scheme-cpd-default .excluded ul"));
    }

    [Fact]
    public async Task OnGet_WithAPartTimeExemption_SaysTheMinimumsAreLowerAndWhy()
    {
        var page = await Client.GetPageAsync("/this-cycle");

        Assert.Equal(
            "The minimums are 6.6% lower this cycle for part-time work from 1 Jan 2025 to 30 Jun 2025.",
            PlanPages.Text(page, "#scheme-engineers-australia-reduction"));
        Assert.Contains("at least 140.1", PlanPages.Text(page, "#scheme-engineers-australia tfoot"));
        Assert.Null(page.QuerySelector("#scheme-cpd-default-reduction"));
    }

    [Fact]
    public async Task OnGet_AMetRule_IsReadAsMetOnce()
    {
        await AddCompletedRecordAsync("31");

        var page = await Client.GetPageAsync("/this-cycle");

        var rules = page.QuerySelectorAll("#scheme-cpd-default-rules li").Select(rule => rule.TextContent).ToList();
        var met = Assert.Single(rules, rule => rule.Contains("Met:", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(met, "Met:"));
        Assert.All(
            rules.Where(rule => rule != met),
            rule => Assert.Contains("Not met yet:", rule, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnGet_TheTotalRow_ShowsWhatWasEarned()
    {
        await AddCompletedRecordAsync("7.5");

        var page = await Client.GetPageAsync("/this-cycle");

        Assert.Equal("7.5", PlanPages.Text(page, "#scheme-cpd-default-earned"));
    }

    [Fact]
    public async Task Dashboard_WithAnExemption_HeadsWithTheReducedMinimum()
    {
        var page = await Client.GetPageAsync("/");

        Assert.StartsWith(
            "Three-year hours with category minimums (modelled on Engineers Australia): 0 of 140.1 hours counted;",
            PlanPages.Text(page, "#headline-engineers-australia"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_WhenTheMinimumIsPassed_SaysItIsMet()
    {
        await AddCompletedRecordAsync("31");

        var page = await Client.GetPageAsync("/");

        Assert.Equal(
            "Cpd.Library default scheme: 31 hours counted; the 30 required are met; "
            + "1 requirement left by 31 Dec 2026.",
            PlanPages.Text(page, "#headline-cpd-default"));
    }

    [Fact]
    public async Task Dashboard_ShowsOneHeadlinePerSchemeAndLinksToThisCycle()
    {
        var page = await Client.GetPageAsync("/");

        Assert.Equal(
            "Cpd.Library default scheme: 0 of 30 hours counted; 2 requirements left by 31 Dec 2026.",
            PlanPages.Text(page, "#headline-cpd-default"));
        Assert.NotNull(page.QuerySelector("#headline-engineers-australia"));
        Assert.NotNull(page.QuerySelector("a[href='/this-cycle']"));
    }

    private async Task AddCompletedRecordAsync(string hours)
    {
        var record = await Client.AddRecordAsync(
            "Short course", Fields.Of(("Form.ActivityDate", "2026-11-20"), ("Form.Category", "Formal/educational"),
                ("Form.Hours", hours)));
        await Client.CompleteAsync(record);
    }
}
