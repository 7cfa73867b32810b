using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cpd.Portal.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class PlanJourneyTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Member_SetsAnObjectiveLinksARecordPlansAFollowUp_AndSeesWhatIsLeftThisCycle()
    {
        await using var portal = await PortalInBrowser.StartAsync(chromium);
        var page = portal.Page;
        await portal.SignInAsync("Ben Carter");
        await Expect(page.Locator("#headline-cpd-default")).ToContainTextAsync("0 of 30 hours counted");

        await page.GetByRole(AriaRole.Link, new() { Name = "Development plan" }).ClickAsync();
        await page.Locator("#objective-title").FillAsync("Learn helium leak testing");
        await page.Locator("#objective-why").FillAsync("The new vacuum chamber leaks.");
        await page.Locator("#objective-targetdate").FillAsync("2027-03-31");
        await page.Locator("#objective-serves").FillAsync("Formal/educational");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set objective" }).ClickAsync();
        await Expect(page.Locator("table.objectives")).ToContainTextAsync("Learn helium leak testing");
        await AssertAccessibleAsync(page, "plan");
        await portal.ScreenshotAsync("11-plan");

        await page.GotoAsync("/records/new");
        await page.Locator("#form-title").FillAsync("Short course: leak detection");
        await page.Locator("#form-activitydate").FillAsync("2026-11-20");
        await page.Locator("#form-category").FillAsync("Formal/educational");
        await page.Locator("#form-hours").FillAsync("7.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add record" }).ClickAsync();
        await Expect(page.Locator("#record-planned")).ToHaveTextAsync("Unplanned activity");

        await page.GetByLabel("Serves the objective")
            .SelectOptionAsync(new SelectOptionValue { Label = "Learn helium leak testing" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        await Expect(page.Locator("#record-planned")).ToHaveTextAsync("Planned activity");
        await Expect(page.Locator("#serving")).ToContainTextAsync("Learn helium leak testing");

        string[] answers =
        [
            "A day course on helium leak detection.", "Our chamber leaks.", "How to find leaks by spraying.",
            "I find leaks in an hour instead of a day.", "The beamline users lose less time.",
            "Good; more hands-on time would help.", "Practise on the beamline chamber with the technician.",
        ];
        for (var number = 1; number <= answers.Length; number++)
        {
            await PortalInBrowser.AnswerAsync(page, number, answers[number - 1]);
        }

        await Expect(page.Locator("#record-status")).ToHaveTextAsync("Completed");
        await Expect(page.Locator("#next-steps-answer")).ToHaveTextAsync(answers[^1]);
        await AssertAccessibleAsync(page, "record-with-plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan a follow-up record" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(answers[^1]);
        await Expect(page.Locator("#record-planned")).ToHaveTextAsync("Planned activity");
        await Expect(page.Locator("#plan")).ToContainTextAsync("Follows up Short course: leak detection");

        await page.GetByRole(AriaRole.Link, new() { Name = "My CPD" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "What is left to do" }).ClickAsync();
        await Expect(page.Locator("#scheme-cpd-default-total")).ToHaveTextAsync("7.5");
        await Expect(page.Locator("#scheme-cpd-default-rules"))
            .ToContainTextAsync("22.5 more hours by 31 December 2026 (7.5 of 30 so far).");
        await AssertAccessibleAsync(page, "this-cycle");
        await portal.ScreenshotAsync("12-this-cycle");

        await page.GotoAsync("/plan");
        await Expect(page.Locator("table.objectives tbody tr").First).ToContainTextAsync("1 of 2 complete, 7.5 h");
        await Expect(page.Locator("#planned-share")).ToContainTextAsync("Planned activity: 2 records");
        await page.GetByRole(AriaRole.Link, new() { Name = "Learn helium leak testing" }).ClickAsync();
        await AssertAccessibleAsync(page, "objective");
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
