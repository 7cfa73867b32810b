using Microsoft.Playwright;
using NodaTime;
using static Microsoft.Playwright.Assertions;

namespace Cpd.Portal.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class DraftTests(ChromiumFixture chromium)
{
    private const string Unsaved = "Unsaved changes, kept in this browser";

    [Fact]
    public async Task UnsavedAnswer_SurvivesAReload_AndIsSavedFromTheDraft()
    {
        await using var portal = await PortalInBrowser.StartAsync(chromium);
        var page = portal.Page;
        await portal.SignInAsync("Ben Carter");
        await portal.AddRecordAsync("Journal club");
        await PortalInBrowser.AnswerAsync(page, 1, "Presented a paper on detector calibration.");

        await PortalInBrowser.Answer(page, 2).FillAsync("To practise explaining methods.");
        await Expect(PortalInBrowser.SavedState(page, 2)).ToHaveTextAsync(Unsaved);
        await page.ReloadAsync();

        await Expect(PortalInBrowser.Answer(page, 2)).ToHaveValueAsync("To practise explaining methods.");
        await Expect(page.Locator(".draft-offer")).ToContainTextAsync("We put back what you typed here");
        await Expect(PortalInBrowser.SavedState(page, 2)).ToHaveTextAsync(Unsaved);
        await portal.ScreenshotAsync("06-draft-restored");
        await PortalInBrowser.SaveButton(page, 2).ClickAsync();
        await Expect(PortalInBrowser.SavedState(page, 2)).ToHaveTextAsync("✓ Saved just now");

        await page.ReloadAsync();
        await Expect(page.Locator(".draft-offer")).ToHaveCountAsync(0);
        await Expect(PortalInBrowser.Answer(page, 2)).ToHaveValueAsync("To practise explaining methods.");
    }

    [Fact]
    public async Task HalfFilledNewRecord_SurvivesNavigatingAway_AndCanBeDiscarded()
    {
        await using var portal = await PortalInBrowser.StartAsync(chromium);
        var page = portal.Page;
        await portal.SignInAsync("Ben Carter");
        await page.GotoAsync("/records/new");
        await page.GetByLabel("Title").FillAsync("Mentoring a graduate");
        await page.GetByLabel("Quick notes").FillAsync("Monthly, first Tuesday.");

        await page.GetByRole(AriaRole.Link, new() { Name = "My CPD" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a record" }).ClickAsync();

        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("Mentoring a graduate");
        await Expect(page.GetByLabel("Quick notes")).ToHaveValueAsync("Monthly, first Tuesday.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Discard draft" }).ClickAsync();
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync(string.Empty);
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync(string.Empty);
        await Expect(page.Locator(".draft-offer")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task UnsavedAnswer_SurvivesAnExpiredSignIn()
    {
        await using var portal = await PortalInBrowser.StartAsync(chromium);
        var page = portal.Page;
        await portal.SignInAsync("Ben Carter");
        await portal.AddRecordAsync("Standards committee");
        var recordAddress = page.Url;
        await PortalInBrowser.Answer(page, 3).FillAsync("How a standard is balloted.");

        portal.Advance(Duration.FromMinutes(45));
        await PortalInBrowser.SaveButton(page, 3).ClickAsync();

        await Expect(page.Locator(".notice")).ToContainTextAsync("nothing is lost");
        await PortalInBrowser.SignInAsync(page, "Ben Carter");
        Assert.Equal(recordAddress, page.Url);
        await Expect(PortalInBrowser.Answer(page, 3)).ToHaveValueAsync("How a standard is balloted.");
        await PortalInBrowser.SaveButton(page, 3).ClickAsync();
        await Expect(PortalInBrowser.SavedState(page, 3)).ToHaveTextAsync("✓ Saved just now");
    }
}
