using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cpd.Portal.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task MainPages_HaveOneHeadingEachAndNoSeriousAxeViolations()
    {
        await using var portal = await PortalInBrowser.StartAsync(chromium);
        var page = portal.Page;
        await page.GotoAsync("/sign-in");
        await AssertAccessibleAsync(page, "sign-in");

        await portal.SignInAsync("Dr Amara Okafor");
        await AssertAccessibleAsync(page, "my-cpd");
        await portal.ScreenshotAsync("08-my-cpd-sample-log");

        await page.GetByRole(
            AriaRole.Link, new() { Name = "Online course: Machine learning for experimental physicists" }).ClickAsync();
        await AssertAccessibleAsync(page, "record");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }))
            .ToHaveTextAsync(["Details", "Development plan", "Your reflection"]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveCountAsync(10);
        var learning = page.GetByRole(AriaRole.Textbox, new() { Name = "What did you learn or gain from it?" });
        await Expect(learning).ToHaveValueAsync(
            new System.Text.RegularExpressions.Regex("^How to split data"));
        await portal.ScreenshotAsync("09-record-sample-log");

        await page.GotoAsync("/records/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add record" }).ClickAsync();
        await Expect(page.Locator("#form-title-error")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "new-record-with-errors");
        await portal.ScreenshotAsync("10-new-record-errors");
    }

    [Fact]
    public async Task Keyboard_ReachesTheSkipLinkAnAnswerAndItsSaveButton()
    {
        await using var portal = await PortalInBrowser.StartAsync(chromium);
        var page = portal.Page;
        await portal.SignInAsync("Ben Carter");
        await portal.AddRecordAsync("Keyboard only");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("Skip to main content");
        await page.Keyboard.PressAsync("Enter");

        await TabUntilAsync(page, "#q-activity-text");
        await page.Keyboard.TypeAsync("Typed without a mouse.");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveAccessibleNameAsync("Save answer 1");
        await page.Keyboard.PressAsync("Enter");

        await Expect(PortalInBrowser.SavedState(page, 1)).ToHaveTextAsync("✓ Saved just now");
        await Expect(PortalInBrowser.Answer(page, 1)).ToHaveValueAsync("Typed without a mouse.");
    }

    private static async Task TabUntilAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.Locator(selector).EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Forty presses of Tab did not reach {selector}.");
    }

    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{violation.Id}: {violation.Help} ({violation.Nodes.Length} elements)")
            .ToList();
        Assert.True(serious.Count == 0, $"{name}: " + string.Join("; ", serious));
    }
}
