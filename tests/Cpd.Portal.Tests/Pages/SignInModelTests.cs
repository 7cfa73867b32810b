using System.Net;
using Cpd.Portal.Tests.Support;
using NodaTime;

namespace Cpd.Portal.Tests.Pages;

public sealed class SignInModelTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private PortalClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = new PortalClient(_portal);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task Get_ShowsTheDemoMembersAndWhereAPortalPlugsInItsOwnSignIn()
    {
        var page = await _client.GetPageAsync("/sign-in");

        Assert.Contains(
            "This is where a portal plugs in its own authentication", page.Body!.TextContent, StringComparison.Ordinal);
        var buttons = page.QuerySelectorAll("form button").Select(button => button.TextContent.Trim()).ToList();
        Assert.Equal(["Sign in as Dr Amara Okafor", "Sign in as Ben Carter", "Sign in as Chen Li"], buttons);
    }

    [Fact]
    public async Task MyCpd_WhenNotSignedIn_RedirectsToTheSignInWithTheWayBack()
    {
        using var response = await _client.GetAsync("/?status=completed");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.Contains(
            "ReturnUrl=%2F%3Fstatus%3Dcompleted", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SignsInWithACookieThatIsHttpOnlySecureAndSameSite()
    {
        var page = await _client.GetPageAsync("/sign-in");
        var form = page.Forms[0];

        using var response = await _client.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie")
            .Single(value => value.StartsWith("cpd-portal-signin=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var home = await _client.GetPageAsync("/");
        Assert.Contains("Dr Amara Okafor", home.QuerySelector(".account")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ReturnsToTheLocalPageTheMemberWasGoingTo()
    {
        var page = await _client.GetPageAsync("/sign-in?ReturnUrl=%2Frecords%2Fnew");

        using var response = await _client.SubmitAsync(page.Forms[0]);

        Assert.Equal("/records/new", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_WithAReturnAddressOnAnotherSite_GoesHomeInstead()
    {
        var page = await _client.GetPageAsync("/sign-in?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        using var response = await _client.SubmitAsync(page.Forms[0]);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_ForAMemberNotOnTheList_IsRefusedWithoutSigningIn()
    {
        var page = await _client.GetPageAsync("/sign-in");

        using var response = await _client.SubmitAsync(page.Forms[0], Fields.Of(("memberId", "mallory")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Choose one of the demo members",
            (await PortalClient.ParseAsync(response)).Body!.TextContent,
            StringComparison.Ordinal);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        Assert.DoesNotContain(cookies, cookie => cookie.StartsWith("cpd-portal-signin=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var response = await _client.PostAsync("/sign-in", Fields.Of(("memberId", "amara")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WhenItsLifetimePassesUnused_Expires()
    {
        await _client.SignInAsync("ben");
        _portal.Clock.Advance(Duration.FromMinutes(29));
        await _client.GetPageAsync("/");

        _portal.Clock.Advance(Duration.FromMinutes(31));
        using var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task SignOut_EndsTheSignIn()
    {
        await _client.SignInAsync("ben");
        var home = await _client.GetPageAsync("/");

        using var signedOut = await _client.SubmitAsync(
            (AngleSharp.Html.Dom.IHtmlFormElement)home.QuerySelector(".account form")!);
        using var response = await _client.GetAsync("/");

        Assert.Equal("/sign-in", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }
}
