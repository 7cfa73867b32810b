using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Pages.Plan;

public sealed class ObjectiveModelTests : SignedInTest
{
    [Fact]
    public async Task OnPost_SavesTheChangedDetails()
    {
        var page = await OpenAsync("Learn leak testing");

        var plan = await Client.SubmitAndFollowAsync(
            RecordPages.MainForm(page),
            Fields.Of(("Objective.Title", "Learn helium leak testing"), ("Objective.Status", "InProgress")));

        Assert.Equal("Learn helium leak testing", plan.QuerySelector("table.objectives td a")!.TextContent);
        Assert.Equal("1", PlanPages.Text(plan, "#objectives-InProgress"));
    }

    [Fact]
    public async Task OnPost_WithABlankTitle_ShowsTheErrorAndKeepsWhatWasTyped()
    {
        var page = await OpenAsync("Learn leak testing");

        using var response = await Client.SubmitAsync(
            RecordPages.MainForm(page), Fields.Of(("Objective.Title", ""), ("Objective.Why", "Typed reason.")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await PortalClient.ParseAsync(response);
        Assert.Equal("A title is required.", PlanPages.Error(refused, "objective-title"));
        Assert.Equal("Typed reason.", PlanPages.Text(refused, "#objective-why"));
        Assert.Equal("Learn leak testing", PlanPages.Text(refused, "h1"));
    }

    [Fact]
    public async Task OnPost_ChangedMeanwhileInAnotherTab_ShowsBothVersionsAndOverwritesNothing()
    {
        var page = await OpenAsync("Learn leak testing");
        var staleTab = await Client.GetPageAsync(new Uri(page.Url).AbsolutePath);
        await Client.SubmitAndFollowAsync(RecordPages.MainForm(page), Fields.Of(("Objective.Title", "First tab")));

        using var response = await Client.SubmitAsync(
            RecordPages.MainForm(staleTab), Fields.Of(("Objective.Title", "Second tab")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var conflict = await PortalClient.ParseAsync(response);
        Assert.Equal("Title First tab Second tab", PlanPages.Text(conflict, ".conflict tbody tr"));
        Assert.Equal("Second tab", conflict.QuerySelector<IHtmlInputElement>("#objective-title")!.Value);
        Assert.Equal("First tab", PlanPages.Text(conflict, "h1"));

        var chosen = await Client.SubmitAndFollowAsync(conflict.QuerySelector<IHtmlFormElement>("main section form")!);
        Assert.Equal("Second tab", chosen.QuerySelector("table.objectives td a")!.TextContent);
    }

    [Fact]
    public async Task OnGet_AnotherMembersObjectiveOrAnUnknownOne_IsNotFound()
    {
        var page = await OpenAsync("Ben's private objective");
        using var chen = new PortalClient(Portal);
        await chen.SignInAsync("chen");

        var refused = await chen.GetPageAsync(new Uri(page.Url).AbsolutePath, HttpStatusCode.NotFound);

        Assert.DoesNotContain("private objective", refused.Body!.TextContent, StringComparison.Ordinal);
        await Client.GetPageAsync($"/plan/objectives/{Guid.NewGuid()}", HttpStatusCode.NotFound);
    }

    private async Task<IHtmlDocument> OpenAsync(string title)
    {
        var plan = await Client.SetObjectiveAsync(title);
        return await Client.GetPageAsync(PlanPages.ObjectivePath(plan, title));
    }
}
