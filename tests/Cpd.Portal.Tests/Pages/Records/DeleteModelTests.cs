using AngleSharp.Dom;
using System.Net;
using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Pages.Records;

public sealed class DeleteModelTests : SignedInTest
{
    [Fact]
    public async Task Post_AfterConfirmation_DeletesTheRecordAndItsDrafts()
    {
        var record = await Client.AddRecordAsync("To be deleted");
        var path = RecordPages.RecordPath(record);
        var confirm = await Client.GetPageAsync(path + "/delete");
        Assert.Equal("Delete this record?", confirm.QuerySelector("h1")!.TextContent);

        var home = await Client.SubmitAndFollowAsync(RecordPages.MainForm(confirm));

        Assert.Equal(0, RecordPages.Stat(home, "total"));
        var forget = home.QuerySelector(".flash")!.GetAttribute("data-forget-draft");
        Assert.Equal($"record:{path["/records/".Length..]}:*", forget);
        await Client.GetPageAsync(path, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_WhenTheRecordChangedSinceTheConfirmation_KeepsItAndAsksAgain()
    {
        var record = await Client.AddRecordAsync("Changed meanwhile");
        var path = RecordPages.RecordPath(record);
        var confirm = await Client.GetPageAsync(path + "/delete");
        await Client.SubmitAndFollowAsync(
            RecordPages.AnswerForm(record, "activity"), Fields.Of(("text", "New answer.")));

        using var response = await Client.SubmitAsync(RecordPages.MainForm(confirm));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var again = await PortalClient.ParseAsync(response);
        Assert.Contains("it was not deleted", again.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, RecordPages.Stat(await Client.GetPageAsync("/"), "total"));
    }

    [Fact]
    public async Task Get_AnotherMembersRecord_IsNotFound()
    {
        var record = await Client.AddRecordAsync("Ben's record");
        using var other = new PortalClient(Portal);
        await other.SignInAsync("chen");

        await other.GetPageAsync(RecordPages.RecordPath(record) + "/delete", HttpStatusCode.NotFound);
    }
}
