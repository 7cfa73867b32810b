using System.Net;
using AngleSharp.Html.Dom;
using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Pages.Records;

public sealed class NewModelTests : SignedInTest
{
    [Fact]
    public async Task Post_WithEveryField_AddsTheRecordAndOpensIt()
    {
        var record = await Client.AddRecordAsync("Workshop on vacuum systems", new Dictionary<string, string>
        {
            ["Form.ActivityDate"] = "2026-03-02",
            ["Form.Category"] = "Work-based",
            ["Form.Hours"] = "3.5",
            ["Form.Notes"] = "Ask Sam for the slides.\nCompare with our pump-down log.",
            ["Form.ReminderDate"] = "2026-04-01",
        });

        Assert.Equal("Workshop on vacuum systems", record.QuerySelector("h1")!.TextContent);
        var facts = record.QuerySelector(".facts")!.TextContent;
        Assert.Contains("2 Mar 2026", facts, StringComparison.Ordinal);
        Assert.Contains("Work-based", facts, StringComparison.Ordinal);
        Assert.Contains("3.5 h", facts, StringComparison.Ordinal);
        Assert.Contains("Complete by 1 Apr 2026", facts, StringComparison.Ordinal);
        // A form sends line breaks as CR LF, as browsers do; the notes come back exactly as sent.
        var notes = record.QuerySelector(".notes")!.TextContent;
        Assert.Equal("Ask Sam for the slides.\r\nCompare with our pump-down log.", notes);
        Assert.Equal("Not started", RecordPages.Status(record));
        Assert.Equal("new-record", record.QuerySelector(".flash")!.GetAttribute("data-forget-draft"));
    }

    [Fact]
    public async Task Post_WithProblems_ShowsEachNextToItsFieldAndKeepsWhatWasTyped()
    {
        var page = await Client.GetPageAsync("/records/new");

        using var response = await Client.SubmitAsync(RecordPages.NewRecordForm(page), new Dictionary<string, string>
        {
            ["Form.Title"] = "   ",
            ["Form.Category"] = "Self-directed",
            ["Form.Hours"] = "2500",
            ["Form.Notes"] = "Half-written notes I must not lose",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var again = await PortalClient.ParseAsync(response);
        AssertFieldError(again, "form-title", "A title is required.");
        AssertFieldError(again, "form-hours", "Hours must be between 0 and 2000.");
        Assert.Equal("Self-directed", Input(again, "form-category").Value);
        Assert.Equal("2500", Input(again, "form-hours").Value);
        var notes = (IHtmlTextAreaElement)again.GetElementById("form-notes")!;
        Assert.Equal("Half-written notes I must not lose", notes.Value);
        Assert.Equal(0, RecordPages.Stat(await Client.GetPageAsync("/"), "total"));
    }

    [Theory]
    [InlineData("Form.Hours", "form-hours", "two", "Enter the hours as a number")]
    [InlineData("Form.ActivityDate", "form-activitydate", "2026-02-30", "Enter a date such as")]
    [InlineData("Form.ReminderDate", "form-reminderdate", "1 April", "Enter a date such as")]
    [InlineData("Form.Hours", "form-hours", "1.125", "Hours may have at most 2 decimal places.")]
    public async Task Post_WithAValueThatCannotBeRead_SaysWhichAndWhy(
        string name, string id, string value, string message)
    {
        var page = await Client.GetPageAsync("/records/new");

        using var response = await Client.SubmitAsync(
            RecordPages.NewRecordForm(page), Fields.Of(("Form.Title", "Seminar"), (name, value)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var again = await PortalClient.ParseAsync(response);
        AssertFieldError(again, id, message);
        Assert.Equal(value, Input(again, id).Value);
        Assert.Equal("Seminar", Input(again, "form-title").Value);
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRefusedAndAddsNothing()
    {
        using var response = await Client.PostAsync("/records/new", Fields.Of(("Form.Title", "Forged")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, RecordPages.Stat(await Client.GetPageAsync("/"), "total"));
    }

    private static IHtmlInputElement Input(IHtmlDocument page, string id) =>
        (IHtmlInputElement)page.GetElementById(id)!;

    private static void AssertFieldError(IHtmlDocument page, string id, string message)
    {
        var field = page.GetElementById(id)!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        var error = page.GetElementById($"{id}-error")!;
        Assert.Contains(message, error.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{id}-error", field.GetAttribute("aria-describedby")!, StringComparison.Ordinal);
    }
}
