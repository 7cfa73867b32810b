using Cpd.Portal.Tests.Support;
using Microsoft.Playwright;
using NodaTime;
using NodaTime.Testing;
using static Microsoft.Playwright.Assertions;

namespace Cpd.Portal.Tests.Browser;

/// <summary>The portal served by Kestrel on a free loopback port, and a browser window on it.</summary>
internal sealed class PortalInBrowser : IAsyncDisposable
{
    private readonly PortalFactory _portal;
    private readonly IBrowser _browser;
    private readonly Uri _address;
    private readonly List<IBrowserContext> _contexts = [];

    private PortalInBrowser(PortalFactory portal, IBrowser browser, Uri address)
    {
        _portal = portal;
        _browser = browser;
        _address = address;
    }

    public IPage Page { get; private set; } = null!;

    public FakeClock Clock => _portal.Clock;

    public static async Task<PortalInBrowser> StartAsync(ChromiumFixture chromium, TimeSpan? signInLifetime = null)
    {
        var portal = new PortalFactory(signInLifetime: signInLifetime);
        var session = new PortalInBrowser(portal, chromium.Browser, portal.StartKestrel());
        session.Page = await session.OpenWindowAsync();
        return session;
    }

    /// <summary>Opens another window with its own cookies and storage: another person's browser.</summary>
    public async Task<IPage> OpenWindowAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            AcceptDownloads = true,
        });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, string name)
    {
        if (!page.Url.Contains("/sign-in", StringComparison.Ordinal))
        {
            await page.GotoAsync("/sign-in");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {name}" }).ClickAsync();
        await Expect(page.Locator("nav.account")).ToContainTextAsync(name);
    }

    public Task SignInAsync(string name) => SignInAsync(Page, name);

    /// <summary>Adds a record through the form and waits for its page.</summary>
    public async Task AddRecordAsync(string title, string? reminderDate = null)
    {
        await Page.GotoAsync("/records/new");
        await Page.GetByLabel("Title").FillAsync(title);
        if (reminderDate is not null)
        {
            await Page.GetByLabel("Complete the reflection by").FillAsync(reminderDate);
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add record" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    public static ILocator Answer(IPage page, int number) =>
        page.Locator($"ol.questions > li:nth-child({number}) textarea");

    public static ILocator SaveButton(IPage page, int number) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Save answer {number}", Exact = true });

    public static ILocator SavedState(IPage page, int number) =>
        page.Locator($"ol.questions > li:nth-child({number}) .save-state");

    /// <summary>Types an answer and saves it, and waits for the page to say it is saved.</summary>
    public static async Task AnswerAsync(IPage page, int number, string text)
    {
        await Answer(page, number).FillAsync(text);
        await SaveButton(page, number).ClickAsync();
        await Expect(SavedState(page, number)).ToHaveTextAsync("✓ Saved just now");
    }

    public async Task<int> StatAsync(string name) =>
        int.Parse(
            await Page.Locator($"#stat-{name}").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    public Task ScreenshotAsync(string name) => ScreenshotAsync(Page, name);

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name), FullPage = true });

    public void Advance(Duration duration) => Clock.Advance(duration);

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await _portal.DisposeAsync();
    }
}
