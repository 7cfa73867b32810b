using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using System.Net;
using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Pages.Plan;

public sealed class PlanModelTests : SignedInTest
{
    [Fact]
    public async Task OnGet_WithNoPlan_SaysSoAndOffersTheForms()
    {
        var page = await Client.GetPageAsync("/plan");

        Assert.Equal("Development plan", PlanPages.Text(page, "h1"));
        Assert.Contains("no objectives yet", PlanPages.Text(page, "#objectives"));
        Assert.Equal("2026-12-03", page.QuerySelector<IHtmlInputElement>("#review-reviewedon")!.Value);
    }

    [Fact]
    public async Task AddObjective_ShowsItWithItsTargetAndWhatItServes()
    {
        var plan = await Client.SetObjectiveAsync(
            "Learn vacuum leak testing",
            ("Objective.Why", "Our new chamber leaks."),
            ("Objective.TargetDate", "2027-03-31"),
            ("Objective.Serves", "Work-based\nVacuum technology"));

        var row = plan.QuerySelector("table.objectives tbody tr")!;
        Assert.Equal("Learn vacuum leak testing", row.QuerySelector("td a")!.TextContent);
        Assert.Contains("31 Mar 2027", row.TextContent);
        Assert.Contains("Work-based, Vacuum technology", row.TextContent);
        Assert.Equal("1", PlanPages.Text(plan, "#objectives-Planned"));
    }

    [Fact]
    public async Task AddObjective_WithoutATitleOrWithABadDate_ShowsErrorsByTheFieldsAndKeepsWhatWasTyped()
    {
        var page = await Client.GetPageAsync("/plan");

        using var blank = await Client.SubmitAsync(
            PlanPages.Form(page, "AddObjective"), Fields.Of(("Objective.Title", " "), ("Objective.Why", "Kept.")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        var refused = await PortalClient.ParseAsync(blank);
        Assert.Equal("A title is required.", PlanPages.Error(refused, "objective-title"));
        Assert.Equal("Kept.", PlanPages.Text(refused, "#objective-why"));

        using var badDate = await Client.SubmitAsync(
            PlanPages.Form(page, "AddObjective"),
            Fields.Of(("Objective.Title", "Kept title"), ("Objective.TargetDate", "31/03/2027")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badDate.StatusCode);
        var dated = await PortalClient.ParseAsync(badDate);
        Assert.StartsWith("Enter a date", PlanPages.Error(dated, "objective-targetdate"));
        Assert.Equal("Kept title", dated.QuerySelector<IHtmlInputElement>("#objective-title")!.Value);
        Assert.Contains("no objectives yet", PlanPages.Text(await Client.GetPageAsync("/plan"), "#objectives"));
    }

    [Fact]
    public async Task Status_ChangesTheObjectivesStatusAndTheTally()
    {
        var plan = await Client.SetObjectiveAsync("Mentor a graduate");

        var changed = await Client.SubmitAndFollowAsync(
            PlanPages.StatusForm(plan, "Mentor a graduate"), Fields.Of(("status", "Achieved")));

        Assert.Equal("0", PlanPages.Text(changed, "#objectives-Planned"));
        Assert.Equal("1", PlanPages.Text(changed, "#objectives-Achieved"));
    }

    [Fact]
    public async Task Status_ChangedMeanwhileInAnotherTab_ShowsBothAndOverwritesNothing()
    {
        var plan = await Client.SetObjectiveAsync("Mentor a graduate");
        var staleTab = await Client.GetPageAsync("/plan");
        await Client.SubmitAndFollowAsync(
            PlanPages.StatusForm(plan, "Mentor a graduate"), Fields.Of(("status", "Dropped")));

        using var response = await Client.SubmitAsync(
            PlanPages.StatusForm(staleTab, "Mentor a graduate"), Fields.Of(("status", "Achieved")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var conflict = await PortalClient.ParseAsync(response);
        Assert.Contains("It is now dropped; you chose achieved.", PlanPages.Text(conflict, ".conflict"));
        Assert.Equal("1", PlanPages.Text(conflict, "#objectives-Dropped"));

        var chosen = await Client.SubmitAndFollowAsync(PlanPages.Form(conflict, "Status"));
        Assert.Equal("1", PlanPages.Text(chosen, "#objectives-Achieved"));
    }

    [Fact]
    public async Task Status_OfAnotherMembersObjective_IsNotFound()
    {
        var plan = await Client.SetObjectiveAsync("Ben's objective");
        var form = PlanPages.StatusForm(plan, "Ben's objective");
        using var chen = new PortalClient(Portal);
        await chen.SignInAsync("chen");
        var chensPlan = await chen.GetPageAsync("/plan");
        var objectiveId = form.QuerySelector<IHtmlInputElement>("input[name=objectiveId]")!.Value;
        var token = chensPlan.QuerySelector<IHtmlInputElement>(
            "input[name=__RequestVerificationToken]")!.Value;

        using var response = await chen.PostAsync("/plan?handler=Status", Fields.Of(
            ("objectiveId", objectiveId), ("status", "Dropped"), ("version", "1"),
            ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("1", PlanPages.Text(await Client.GetPageAsync("/plan"), "#objectives-Planned"));
    }

    [Fact]
    public async Task Review_IsAddedToTheHistoryAndBecomesTheLastReview()
    {
        var page = await Client.GetPageAsync("/plan");

        var reviewed = await Client.SubmitAndFollowAsync(
            PlanPages.Form(page, "Review"),
            Fields.Of(("Review.ReviewedOn", "2026-11-30"), ("Review.Outcome", "Dropped the MBA; kept leak testing.")));

        Assert.Contains("30 Nov 2026: Dropped the MBA; kept leak testing.", PlanPages.Text(reviewed, "ol.reviews"));
        Assert.Equal("Last reviewed: 30 Nov 2026", PlanPages.Text(reviewed, "#last-review"));
    }

    [Fact]
    public async Task Review_WithoutAnOutcomeOrDate_ShowsErrorsByTheFields()
    {
        var page = await Client.GetPageAsync("/plan");

        using var noOutcome = await Client.SubmitAsync(
            PlanPages.Form(page, "Review"), Fields.Of(("Review.Outcome", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noOutcome.StatusCode);
        var withoutOutcome = await PortalClient.ParseAsync(noOutcome);
        Assert.Equal("Say what came of the review.", PlanPages.Error(withoutOutcome, "review-outcome"));

        using var noDate = await Client.SubmitAsync(
            PlanPages.Form(page, "Review"), Fields.Of(("Review.ReviewedOn", ""), ("Review.Outcome", "Kept.")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate.StatusCode);
        var refused = await PortalClient.ParseAsync(noDate);
        Assert.Equal("Enter the date of the review.", PlanPages.Error(refused, "review-reviewedon"));
        Assert.Equal("Kept.", PlanPages.Text(refused, "#review-outcome"));
    }

    [Fact]
    public async Task AddObjective_WithoutATitleAndWithABadDate_ShowsBothErrorsAtOnce()
    {
        var page = await Client.GetPageAsync("/plan");

        using var response = await Client.SubmitAsync(
            PlanPages.Form(page, "AddObjective"),
            Fields.Of(("Objective.Title", " "), ("Objective.TargetDate", "31/03/2027")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await PortalClient.ParseAsync(response);
        Assert.Equal("A title is required.", PlanPages.Error(refused, "objective-title"));
        Assert.StartsWith("Enter a date", PlanPages.Error(refused, "objective-targetdate"));
    }

    [Fact]
    public async Task Review_WithoutADateOrAnOutcome_ShowsBothErrorsAtOnce()
    {
        var page = await Client.GetPageAsync("/plan");

        using var response = await Client.SubmitAsync(
            PlanPages.Form(page, "Review"), Fields.Of(("Review.ReviewedOn", ""), ("Review.Outcome", "")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await PortalClient.ParseAsync(response);
        Assert.Equal("Enter the date of the review.", PlanPages.Error(refused, "review-reviewedon"));
        Assert.Equal("Say what came of the review.", PlanPages.Error(refused, "review-outcome"));
    }
}
