using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cpd.Portal.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class ConflictTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task TwoTabs_KeepBothAnswers_AndTheSameAnswerChangedInBoth_ShowsBothToChooseFrom()
    {
        await using var portal = await PortalInBrowser.StartAsync(chromium);
        var first = portal.Page;
        await portal.SignInAsync("Ben Carter");
        await portal.AddRecordAsync("Audit of lab procedures");
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(first.Url);

        await PortalInBrowser.AnswerAsync(first, 1, "Reviewed twelve procedures.");
        await PortalInBrowser.AnswerAsync(second, 2, "Our accreditation visit is in June.");
        await Expect(PortalInBrowser.Answer(second, 1)).ToHaveValueAsync("Reviewed twelve procedures.");

        // The first tab still shows question 2 unanswered; the member answers it there too.
        await PortalInBrowser.Answer(first, 2).FillAsync("Preparing for accreditation.");
        await PortalInBrowser.SaveButton(first, 2).ClickAsync();

        var conflict = first.Locator("ol.questions > li:nth-child(2) .conflict");
        await Expect(conflict).ToContainTextAsync("changed in another tab or window");
        await Expect(conflict.Locator(".saved-elsewhere")).ToHaveTextAsync("Our accreditation visit is in June.");
        await Expect(PortalInBrowser.Answer(first, 2)).ToHaveValueAsync("Preparing for accreditation.");
        await portal.ScreenshotAsync("07-answer-conflict");

        await PortalInBrowser.Answer(first, 2).FillAsync("Preparing for accreditation in June.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save my version of answer 2" }).ClickAsync();
        await Expect(PortalInBrowser.SavedState(first, 2)).ToHaveTextAsync("✓ Saved just now");
        await second.ReloadAsync();
        await Expect(PortalInBrowser.Answer(second, 2)).ToHaveValueAsync("Preparing for accreditation in June.");
        await Expect(PortalInBrowser.Answer(second, 1)).ToHaveValueAsync("Reviewed twelve procedures.");
    }
}
