using Cpd.Portal.Hosting;
using Cpd.Portal.Tests.Support;

namespace Cpd.Portal.Tests.Hosting;

public sealed class SecurityHeadersTests : SignedInTest
{
    [Theory]
    [InlineData("/")]
    [InlineData("/records/new")]
    [InlineData("/css/site.css")]
    [InlineData("/js/drafts.js")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesThePolicyAndTheUsualHeaders(string url)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(SecurityHeaders.PagePolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public void PagePolicy_AllowsNoInlineScriptNorFraming()
    {
        Assert.Contains("script-src 'self';", SecurityHeaders.PagePolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.PagePolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", SecurityHeaders.PagePolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInPages_AreKeptOutOfCaches()
    {
        using var response = await Client.GetAsync("/");

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptStyleOrHandlers_AndEveryPostFormCarriesAnAntiforgeryToken()
    {
        var record = await Client.AddRecordAsync("Audit me");
        var path = RecordPages.RecordPath(record);
        string[] urls = ["/", "/records/new", path, path + "/delete"];

        foreach (var url in urls)
        {
            var page = await Client.GetPageAsync(url);
            Assert.All(page.Scripts, script => Assert.False(string.IsNullOrEmpty(script.Source), url));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.DoesNotContain(
                page.All, element => element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            var posts = page.Forms
                .Where(form => form.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
                .ToList();
            Assert.NotEmpty(posts);
            Assert.All(posts, form => Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]")));
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : string.Empty;
}
