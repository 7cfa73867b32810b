using Microsoft.Playwright;
using NodaTime;
using static Microsoft.Playwright.Assertions;

namespace Cpd.Portal.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class JourneyTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Member_AddsARecordAndAnswersInTwoSittings_TheSummaryFollows()
    {
        await using var portal = await PortalInBrowser.StartAsync(chromium);
        var page = portal.Page;
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"));
        await portal.ScreenshotAsync("01-sign-in");
        await portal.SignInAsync("Ben Carter");
        Assert.Equal(0, await portal.StatAsync("total"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a record" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Short course: thin-film deposition");
        await page.GetByLabel("Activity date").FillAsync("2026-11-20");
        await page.GetByLabel("Category").FillAsync("Formal/educational");
        await page.GetByLabel("Hours").FillAsync("7.5");
        await page.GetByLabel("Quick notes").FillAsync("Slides are on the course site.");
        await page.GetByLabel("Complete the reflection by").FillAsync("2026-12-31");
        await portal.ScreenshotAsync("02-new-record");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add record" }).ClickAsync();
        await Expect(page.Locator("#record-status")).ToHaveTextAsync("Not started");

        // First sitting: three answers.
        await PortalInBrowser.AnswerAsync(page, 1, "A two-day course on sputtering and evaporation.");
        await PortalInBrowser.AnswerAsync(page, 2, "We are moving our coatings in-house.");
        await PortalInBrowser.AnswerAsync(page, 3, "How substrate temperature sets film stress.");
        await Expect(page.Locator("#record-status")).ToHaveTextAsync("In progress");
        await page.GetByRole(AriaRole.Link, new() { Name = "My CPD" }).First.ClickAsync();
        Assert.Equal(1, await portal.StatAsync("in-progress"));
        Assert.Equal(0, await portal.StatAsync("completed"));

        // Second sitting: the other four.
        await page.GetByRole(AriaRole.Link, new() { Name = "Short course: thin-film deposition" }).ClickAsync();
        await Expect(
            PortalInBrowser.Answer(page, 1)).ToHaveValueAsync("A two-day course on sputtering and evaporation.");
        await PortalInBrowser.AnswerAsync(page, 4, "I now log substrate temperature for every run.");
        await PortalInBrowser.AnswerAsync(page, 5, "Fewer failed batches for the optics group.");
        await PortalInBrowser.AnswerAsync(page, 6, "Good; I would skip the vendor session.");
        await PortalInBrowser.AnswerAsync(page, 7, "Write a deposition checklist with the team.");
        await Expect(page.Locator("#record-status")).ToHaveTextAsync("Completed");
        await portal.ScreenshotAsync("03-record-completed");

        await page.GetByRole(AriaRole.Link, new() { Name = "My CPD" }).First.ClickAsync();
        Assert.Equal(1, await portal.StatAsync("completed"));
        Assert.Equal(0, await portal.StatAsync("in-progress"));

        var html = await DownloadAsync(page, "HTML");
        Assert.Contains("Short course: thin-film deposition", html, StringComparison.Ordinal);
        Assert.Contains("Write a deposition checklist with the team.", html, StringComparison.Ordinal);
        var csv = await DownloadAsync(page, "CSV");
        Assert.StartsWith("Id,Title,Status,Overdue,", csv, StringComparison.Ordinal);
        Assert.Contains("Completed", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_TurnsOverdueAsTheClockPassesItsReminderDate()
    {
        // Days pass in this test; a sign-in that lasts a month spares signing in again.
        await using var portal = await PortalInBrowser.StartAsync(chromium, signInLifetime: TimeSpan.FromDays(30));
        var page = portal.Page;
        await portal.SignInAsync("Ben Carter");
        await portal.AddRecordAsync("Safety refresher", reminderDate: "2026-12-05");
        await page.GotoAsync("/");
        Assert.Equal(0, await portal.StatAsync("overdue"));

        portal.Advance(Duration.FromDays(2));
        await page.ReloadAsync();
        Assert.Equal(0, await portal.StatAsync("overdue"));

        portal.Advance(Duration.FromDays(1));
        await page.ReloadAsync();
        Assert.Equal(1, await portal.StatAsync("overdue"));
        await Expect(page.Locator("table.records tbody tr").First.Locator(".badge-overdue")).ToHaveTextAsync("Overdue");
        await portal.ScreenshotAsync("04-my-cpd-overdue");
        await page.GetByRole(AriaRole.Link, new() { Name = "Safety refresher" }).ClickAsync();
        await Expect(page.Locator("#record-overdue")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnotherMembersRecord_IsRefused()
    {
        await using var portal = await PortalInBrowser.StartAsync(chromium);
        await portal.SignInAsync("Ben Carter");
        await portal.AddRecordAsync("Ben's appraisal notes");
        var address = portal.Page.Url;

        var chen = await portal.OpenWindowAsync();
        await PortalInBrowser.SignInAsync(chen, "Chen Li");
        var response = await chen.GotoAsync(address);

        Assert.Equal(404, response!.Status);
        await Expect(chen.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await Expect(chen.Locator("main")).Not.ToContainTextAsync("appraisal");
        await PortalInBrowser.ScreenshotAsync(chen, "05-not-found");
    }

    private static async Task<string> DownloadAsync(IPage page, string linkName)
    {
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.Locator(".downloads").GetByRole(AriaRole.Link, new() { Name = linkName }).ClickAsync());
        return await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
    }
}
