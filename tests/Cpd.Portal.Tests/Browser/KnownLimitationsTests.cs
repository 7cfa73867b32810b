using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cpd.Portal.Tests.Browser;

/// <summary>Pins behaviour listed in docs/known-limitations.md under "Member portal sample".</summary>
[Collection(BrowserTests.Name)]
public sealed class KnownLimitationsTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Drafts_StayInTheBrowserAfterSigningOut()
    {
        await using var portal = await PortalInBrowser.StartAsync(chromium);
        var page = portal.Page;
        await portal.SignInAsync("Ben Carter");
        await page.GotoAsync("/records/new");
        await page.GetByLabel("Title").FillAsync("Typed before signing out");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to My CPD");
        var kept = await page.EvaluateAsync<string>("() => JSON.stringify(Object.values(localStorage))");

        Assert.Contains("Typed before signing out", kept, StringComparison.Ordinal);
    }
}
