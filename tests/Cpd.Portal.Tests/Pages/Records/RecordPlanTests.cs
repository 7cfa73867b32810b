using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Pages.Records;

public sealed class RecordPlanTests : SignedInTest
{
    [Fact]
    public async Task Link_MakesTheRecordServeTheObjectiveAndPlanned_UnlinkUndoesIt()
    {
        await Client.SetObjectiveAsync("Learn leak testing");
        var record = await Client.AddRecordAsync("Vendor demo");
        Assert.Equal("Unplanned activity", PlanPages.Text(record, "#record-planned"));

        var linked = await Client.SubmitAndFollowAsync(PlanPages.Form(record, "Link"));

        Assert.Equal("Planned activity", PlanPages.Text(linked, "#record-planned"));
        Assert.Contains("Learn leak testing", PlanPages.Text(linked, "#serving"));
        var plan = await Client.GetPageAsync("/plan");
        Assert.Contains("0 of 1 complete", PlanPages.Text(plan, "table.objectives tbody tr"));

        var unlinked = await Client.SubmitAndFollowAsync(PlanPages.Form(linked, "Unlink"));
        Assert.Equal("Unplanned activity", PlanPages.Text(unlinked, "#record-planned"));
        Assert.NotNull(unlinked.QuerySelector("#serves-none"));
    }

    [Fact]
    public async Task Link_ToAnotherMembersObjective_ShowsAnErrorByTheObjectiveField()
    {
        using var chen = new PortalClient(Portal);
        await chen.SignInAsync("chen");
        var chensPlan = await chen.SetObjectiveAsync("Chen's objective");
        var chensObjective = PlanPages.ObjectivePath(chensPlan, "Chen's objective").Split('/')[^1];
        await Client.SetObjectiveAsync("Ben's objective");
        var record = await Client.AddRecordAsync("Vendor demo");

        using var response = await Client.SubmitAsync(
            PlanPages.Form(record, "Link"), Fields.Of(("objectiveId", chensObjective)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await PortalClient.ParseAsync(response);
        Assert.Equal("Choose one of your objectives from the list.", PlanPages.Error(refused, "link-objective"));
        var after = await Client.GetPageAsync(RecordPages.RecordPath(record));
        Assert.Equal("Unplanned activity", PlanPages.Text(after, "#record-planned"));
    }

    [Theory]
    [InlineData("not-an-objective")]
    [InlineData("4b1c5a52-3f0e-4d7a-9a51-0c2f8e6d9b10")]
    public async Task Link_ToAnUnknownOrMalformedObjective_ShowsAnErrorByTheObjectiveField(string objectiveId)
    {
        await Client.SetObjectiveAsync("Ben's objective");
        var record = await Client.AddRecordAsync("Vendor demo");
        var form = PlanPages.Form(record, "Link");
        var option = record.CreateElement("option");
        option.SetAttribute("value", objectiveId);
        form.QuerySelector("select")!.AppendChild(option);

        using var response = await Client.SubmitAsync(form, Fields.Of(("objectiveId", objectiveId)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await PortalClient.ParseAsync(response);
        Assert.Equal("Choose one of your objectives from the list.", PlanPages.Error(refused, "link-objective"));
        Assert.Equal(
            "link-objective-error", refused.QuerySelector("#link-objective")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Link_OnAnotherMembersRecord_IsNotFound()
    {
        var bensRecord = await Client.AddRecordAsync("Ben's record");
        using var chen = new PortalClient(Portal);
        await chen.SignInAsync("chen");
        await chen.SetObjectiveAsync("Chen's objective");
        var chensRecord = await chen.AddRecordAsync("Chen's record");
        var form = PlanPages.Form(chensRecord, "Link");
        form.SetAttribute("action", RecordPages.RecordPath(bensRecord) + "?handler=Link");

        using var response = await chen.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MakeObjective_FromTheNextSteps_SetsAnObjectiveInOneStep()
    {
        var record = await WithNextStepsAsync("Write a deposition checklist with the team.");

        var objective = await Client.SubmitAndFollowAsync(PlanPages.Form(record, "MakeObjective"));

        Assert.Equal("Write a deposition checklist with the team.", PlanPages.Text(objective, "h1"));
        Assert.Equal("Formal/educational", PlanPages.Text(objective, "#objective-serves"));
    }

    [Fact]
    public async Task PlanFollowUp_FromTheNextSteps_AddsAPlannedRecordThatFollowsThisOne()
    {
        var record = await WithNextStepsAsync("Write a deposition checklist with the team.");

        var planned = await Client.SubmitAndFollowAsync(PlanPages.Form(record, "PlanFollowUp"));

        Assert.Equal("Write a deposition checklist with the team.", PlanPages.Text(planned, "h1"));
        Assert.Equal("Planned activity", PlanPages.Text(planned, "#record-planned"));
        Assert.Contains("Follows up Short course", PlanPages.Text(planned, "#plan"));
        Assert.NotEqual(RecordPages.RecordPath(record), RecordPages.RecordPath(planned));
    }

    [Fact]
    public async Task NextStepsButtons_WithoutAnAnswer_AreNotOffered()
    {
        var record = await Client.AddRecordAsync("Short course");

        Assert.DoesNotContain(
            record.Forms, form => (form.Action ?? string.Empty).Contains("MakeObjective", StringComparison.Ordinal));
        Assert.Contains("Answer “What will you do next?”", PlanPages.Text(record, "#plan"));
    }

    private async Task<IHtmlDocument> WithNextStepsAsync(string nextSteps)
    {
        var record = await Client.AddRecordAsync("Short course", Fields.Of(("Form.Category", "Formal/educational")));
        return await Client.SubmitAndFollowAsync(
            RecordPages.AnswerForm(record, "next-steps"), Fields.Of(("text", nextSteps)));
    }
}
