using System.Net;
using AngleSharp.Html.Dom;
using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Pages.Records;

public sealed class RecordModelTests : SignedInTest
{
    [Fact]
    public async Task SaveAnswer_SavesThatAnswerAndShowsItSaved()
    {
        var record = await Client.AddRecordAsync("Conference talk");

        var saved = await SaveAsync(record, "learning", "How to present uncertainty to non-specialists.");

        Assert.Equal("How to present uncertainty to non-specialists.", RecordPages.AnswerText(saved, "learning"));
        Assert.Equal("✓ Saved just now", RecordPages.SavedState(saved, "learning"));
        Assert.Equal("Not answered yet", RecordPages.SavedState(saved, "activity"));
        Assert.Equal("In progress", RecordPages.Status(saved));
    }

    [Fact]
    public async Task SaveAnswer_ForEveryQuestion_CompletesTheRecord()
    {
        var page = await Client.AddRecordAsync("Course");

        foreach (var key in RecordPages.QuestionKeys)
        {
            page = await SaveAsync(page, key, $"My answer to {key}.");
        }

        Assert.Equal("Completed", RecordPages.Status(page));
        Assert.Equal(1, RecordPages.Stat(await Client.GetPageAsync("/"), "completed"));
    }

    [Fact]
    public async Task SaveAnswer_FromTwoTabsToDifferentQuestions_KeepsBoth()
    {
        var record = await Client.AddRecordAsync("Site visit");
        var firstTab = record;
        var secondTab = await Client.GetPageAsync(RecordPages.RecordPath(record));

        await SaveAsync(firstTab, "activity", "Walked the new clean room.");
        var after = await SaveAsync(secondTab, "purpose", "We are specifying our own.");

        Assert.Equal("Walked the new clean room.", RecordPages.AnswerText(after, "activity"));
        Assert.Equal("We are specifying our own.", RecordPages.AnswerText(after, "purpose"));
    }

    [Fact]
    public async Task SaveAnswer_ChangedMeanwhileInAnotherTab_ShowsBothTextsAndOverwritesNothing()
    {
        var record = await SaveAsync(await Client.AddRecordAsync("Reading group"), "learning", "First thoughts.");
        var staleTab = await Client.GetPageAsync(RecordPages.RecordPath(record));
        await SaveAsync(record, "learning", "Second tab's thoughts.");

        using var response = await Client.SubmitAsync(
            RecordPages.AnswerForm(staleTab, "learning"), Fields.Of(("text", "Stale tab's thoughts.")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var conflict = await PortalClient.ParseAsync(response);
        Assert.Equal("Second tab's thoughts.", conflict.QuerySelector("#q-learning .saved-elsewhere")!.TextContent);
        Assert.Equal("Stale tab's thoughts.", RecordPages.AnswerText(conflict, "learning"));
        var stored = await Client.GetPageAsync(RecordPages.RecordPath(record));
        Assert.Equal("Second tab's thoughts.", RecordPages.AnswerText(stored, "learning"));

        var chosen = await Client.SubmitAndFollowAsync(
            RecordPages.AnswerForm(conflict, "learning"),
            submitter: RecordPages.Button(RecordPages.AnswerForm(conflict, "learning"), "Save my version"));
        Assert.Equal("Stale tab's thoughts.", RecordPages.AnswerText(chosen, "learning"));
    }

    [Fact]
    public async Task KeepSaved_AfterAConflict_KeepsTheOtherVersionAndForgetsTheDraft()
    {
        var record = await SaveAsync(await Client.AddRecordAsync("Reading group"), "learning", "First.");
        var staleTab = await Client.GetPageAsync(RecordPages.RecordPath(record));
        await SaveAsync(record, "learning", "Second.");
        using var response = await Client.SubmitAsync(
            RecordPages.AnswerForm(staleTab, "learning"), Fields.Of(("text", "Stale.")));
        var conflict = await PortalClient.ParseAsync(response);
        var form = RecordPages.AnswerForm(conflict, "learning");

        var kept = await Client.SubmitAndFollowAsync(
            form, submitter: RecordPages.Button(form, "Keep the saved version"));

        Assert.Equal("Second.", RecordPages.AnswerText(kept, "learning"));
        var draftKey = RecordPages.AnswerForm(kept, "learning").GetAttribute("data-draft");
        Assert.Equal(draftKey, kept.QuerySelector(".flash")!.GetAttribute("data-forget-draft"));
    }

    [Fact]
    public async Task SaveAnswer_Blank_IsRefusedNextToTheAnswer()
    {
        var record = await SaveAsync(await Client.AddRecordAsync("Webinar"), "activity", "Watched it.");

        using var response = await Client.SubmitAsync(
            RecordPages.AnswerForm(record, "activity"), Fields.Of(("text", "  \n ")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var again = await PortalClient.ParseAsync(response);
        Assert.Contains(
            "Write an answer before saving it",
            again.GetElementById("q-activity-error")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal("true", again.GetElementById("q-activity-text")!.GetAttribute("aria-invalid"));
        var stored = await Client.GetPageAsync(RecordPages.RecordPath(record));
        Assert.Equal("Watched it.", RecordPages.AnswerText(stored, "activity"));
    }

    [Fact]
    public async Task ClearAnswer_ClearsItAndTheRecordIsNoLongerComplete()
    {
        var page = await Client.AddRecordAsync("Course");
        foreach (var key in RecordPages.QuestionKeys)
        {
            page = await SaveAsync(page, key, $"Answer {key}.");
        }

        var form = RecordPages.AnswerForm(page, "evaluation");
        var cleared = await Client.SubmitAndFollowAsync(form, submitter: RecordPages.Button(form, "Clear"));

        Assert.Equal(string.Empty, RecordPages.AnswerText(cleared, "evaluation"));
        Assert.Equal("Not answered yet", RecordPages.SavedState(cleared, "evaluation"));
        Assert.Equal("In progress", RecordPages.Status(cleared));
    }

    [Fact]
    public async Task Details_SavesNotesAndReminder()
    {
        var record = await Client.AddRecordAsync("Mentoring session");

        var saved = await Client.SubmitAndFollowAsync(RecordPages.DetailsForm(record), new Dictionary<string, string>
        {
            ["Details.Notes"] = "Follow up in May.",
            ["Details.ReminderDate"] = "2026-05-31",
        });

        Assert.Equal("Follow up in May.", saved.QuerySelector(".notes")!.TextContent);
        Assert.Contains(
            "Complete by 31 May 2026", saved.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mentoring session", saved.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Details_WithAProblem_OpensTheFormWithTheErrorAndTheInput()
    {
        var record = await Client.AddRecordAsync("Mentoring session");

        using var response = await Client.SubmitAsync(RecordPages.DetailsForm(record), new Dictionary<string, string>
        {
            ["Details.Title"] = new string('x', 201),
            ["Details.Notes"] = "Keep me.",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var again = await PortalClient.ParseAsync(response);
        Assert.True(again.QuerySelector("#details details")!.HasAttribute("open"));
        Assert.NotNull(again.GetElementById("details-title-error"));
        Assert.Equal("Keep me.", ((IHtmlTextAreaElement)again.GetElementById("details-notes")!).Value);
        Assert.Equal("Mentoring session", again.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Details_ChangedMeanwhileInAnotherTab_ShowsBothVersions()
    {
        var record = await Client.AddRecordAsync("Mentoring session");
        var staleTab = await Client.GetPageAsync(RecordPages.RecordPath(record));
        await Client.SubmitAndFollowAsync(
            RecordPages.DetailsForm(record), Fields.Of(("Details.Notes", "From the first tab.")));

        using var response = await Client.SubmitAsync(
            RecordPages.DetailsForm(staleTab), Fields.Of(("Details.Notes", "From the stale tab.")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var conflict = await PortalClient.ParseAsync(response);
        var row = conflict.QuerySelectorAll(".compare tbody tr").Single();
        string[] expected = ["Quick notes", "From the first tab.", "From the stale tab."];
        Assert.Equal(expected, row.Children.Select(cell => cell.TextContent));
        var stored = await Client.GetPageAsync(RecordPages.RecordPath(record));
        Assert.Equal("From the first tab.", stored.QuerySelector(".notes")!.TextContent);
    }

    [Fact]
    public async Task Get_AnotherMembersRecord_IsNotFound()
    {
        var record = await Client.AddRecordAsync("Ben's private record");
        using var other = new PortalClient(Portal);
        await other.SignInAsync("chen");

        var page = await other.GetPageAsync(RecordPages.RecordPath(record), HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Ben's private record", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAnswer_ToAnotherMembersRecord_IsNotFoundAndChangesNothing()
    {
        var record = await Client.AddRecordAsync("Ben's private record");
        using var other = new PortalClient(Portal);
        await other.SignInAsync("chen");
        var chensPage = await other.AddRecordAsync("Chen's record");
        var form = RecordPages.AnswerForm(chensPage, "activity");
        form.Action = RecordPages.RecordPath(record) + "?handler=SaveAnswer";

        using var response = await other.SubmitAsync(form, Fields.Of(("text", "Intruding.")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var bens = await Client.GetPageAsync(RecordPages.RecordPath(record));
        Assert.Equal("Not answered yet", RecordPages.SavedState(bens, "activity"));
    }

    [Fact]
    public async Task Get_AnUnknownRecordId_IsNotFound()
    {
        await Client.GetPageAsync($"/records/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await Client.GetPageAsync("/records/not-a-guid", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_AnswersAndNotes_AreEncoded()
    {
        var record = await Client.AddRecordAsync("Encoding", Fields.Of(("Form.Notes", "<img src=x onerror=alert(1)>")));

        var saved = await SaveAsync(record, "activity", "</textarea><script>alert(2)</script>");

        Assert.Empty(saved.QuerySelectorAll("main script, main img"));
        Assert.Equal("</textarea><script>alert(2)</script>", RecordPages.AnswerText(saved, "activity"));
        Assert.Equal("<img src=x onerror=alert(1)>", saved.QuerySelector(".notes")!.TextContent);
    }

    private async Task<IHtmlDocument> SaveAsync(IHtmlDocument page, string key, string text) =>
        await Client.SubmitAndFollowAsync(RecordPages.AnswerForm(page, key), Fields.Of(("text", text)));
}
