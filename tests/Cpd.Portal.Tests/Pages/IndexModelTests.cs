using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Pages;

public sealed class IndexModelTests : IAsyncLifetime
{
    // On the README's demo date the sample log has 31 records, 17 completed, 8 in progress, 6 not started,
    // 6 overdue and 197 hours.
    private readonly PortalFactory _portal = new();
    private PortalClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = new PortalClient(_portal);
        await _client.SignInAsync("amara");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task Get_ForTheMemberHoldingTheSampleLog_ShowsItsSummary()
    {
        var page = await _client.GetPageAsync("/");

        Assert.Equal(31, RecordPages.Stat(page, "total"));
        Assert.Equal(17, RecordPages.Stat(page, "completed"));
        Assert.Equal(8, RecordPages.Stat(page, "in-progress"));
        Assert.Equal(6, RecordPages.Stat(page, "not-started"));
        Assert.Equal(6, RecordPages.Stat(page, "overdue"));
        Assert.Equal(197, RecordPages.Stat(page, "hours"));
        Assert.Equal(31, Rows(page).Count);
    }

    [Theory]
    [InlineData("completed", 17)]
    [InlineData("in-progress", 8)]
    [InlineData("not-started", 6)]
    [InlineData("overdue", 6)]
    public async Task Get_FilteredByStatus_ListsOnlyThoseRecords(string status, int expected)
    {
        var page = await _client.GetPageAsync($"/?status={status}");

        Assert.Equal(expected, Rows(page).Count);
        Assert.Equal(31, RecordPages.Stat(page, "total"));
    }

    [Fact]
    public async Task Get_FilteredByStatus_ShowsOverdueBadgesOnEveryRowListed()
    {
        var page = await _client.GetPageAsync("/?status=overdue");

        Assert.All(Rows(page), row => Assert.NotNull(row.QuerySelector(".badge-overdue")));
    }

    [Fact]
    public async Task Get_FilteredByCategoryAndTitleWords_ListsTheRecordsThatMatchBoth()
    {
        var page = await _client.GetPageAsync("/?category=Formal%2Feducational&q=machine+learning");

        var row = Assert.Single(Rows(page));
        Assert.Contains("Machine learning for experimental physicists", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ForAMemberWithNoRecords_InvitesThemToAddTheFirst()
    {
        using var other = new PortalClient(_portal);
        await other.SignInAsync("ben");

        var page = await other.GetPageAsync("/");

        Assert.Equal(0, RecordPages.Stat(page, "total"));
        Assert.Contains("You have no records yet.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/records/new']"));
    }

    [Fact]
    public async Task Get_RecordTitles_AreEncoded()
    {
        var record = await _client.AddRecordAsync("<script>alert('x')</script> & <b>bold</b>");
        var page = await _client.GetPageAsync("/");

        Assert.Empty(page.QuerySelectorAll("table script, table b"));
        Assert.Contains(
            Rows(page),
            row => row.TextContent.Contains("<script>alert('x')</script> & <b>bold</b>", StringComparison.Ordinal));
        Assert.Equal("<script>alert('x')</script> & <b>bold</b>", record.QuerySelector("h1")!.TextContent);
    }

    private static List<IHtmlTableRowElement> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll<IHtmlTableRowElement>("table.records tbody tr")];
}
