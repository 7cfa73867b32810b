using System.Diagnostics;
using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Io;
using Cpd.MultiHost.Tests.Hosts;

namespace Cpd.MultiHost.Tests.Load;

/// <summary>
/// One member's browser: its own cookies, used with every host (as behind a load balancer without affinity),
/// pages parsed with AngleSharp, forms posted as a browser posts them, antiforgery token and all.
/// </summary>
internal sealed class MemberBrowser : IDisposable
{
    private readonly HttpClient _http;

    public MemberBrowser(PortalCertificate certificate) =>
        _http = new HttpClient(certificate.Handler()) { Timeout = TimeSpan.FromSeconds(60) };

    public async Task SignInAsync(Uri host, string memberId, CancellationToken cancellationToken)
    {
        var page = await GetPageAsync(new Uri(host, "/sign-in"), cancellationToken);
        var form = page.Forms.Single(
            form => form.QuerySelector($"input[name=memberId][value='{memberId}']") is not null);
        var (response, _) = await SubmitAsync(form, host, new Dictionary<string, string>(), cancellationToken);
        using (response)
        {
            Expect(HttpStatusCode.Found, response, "signing in");
        }
    }

    public async Task<IHtmlDocument> GetPageAsync(Uri address, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(address, cancellationToken);
        Expect(HttpStatusCode.OK, response, $"opening {address}");
        return await ParseAsync(response, cancellationToken);
    }

    /// <summary>
    /// Posts a form, with some fields filled in, to the form's address on the given host, and times the request.
    /// </summary>
    public async Task<(HttpResponseMessage Response, TimeSpan Latency)> SubmitAsync(
        IHtmlFormElement form,
        Uri host,
        IReadOnlyDictionary<string, string> values,
        CancellationToken cancellationToken)
    {
        foreach (var (name, value) in values)
        {
            Fill(form, name, value);
        }

        using var request = await RequestAsync(form, host, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var response = await _http.SendAsync(request, cancellationToken);
        return (response, Stopwatch.GetElapsedTime(started));
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response, CancellationToken token)
    {
        var html = await response.Content.ReadAsStringAsync(token);
        var address = response.RequestMessage!.RequestUri!.ToString();

        // A context per page: two tabs of one member parse at once, and a context navigates one page at a time.
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html).Address(address), token);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<HttpRequestMessage> RequestAsync(
        IHtmlFormElement form, Uri host, CancellationToken cancellationToken)
    {
        var submission = form.GetSubmission() ?? throw new InvalidOperationException("The form cannot be posted.");
        using var body = new MemoryStream();
        await submission.Body.CopyToAsync(body, cancellationToken);
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", submission.Headers[HeaderNames.ContentType]);
        var target = new Uri(host, new Uri(submission.Target.Href).PathAndQuery);
        return new HttpRequestMessage(System.Net.Http.HttpMethod.Post, target) { Content = content };
    }

    private static void Fill(IHtmlFormElement form, string name, string value)
    {
        var field = form.Elements.FirstOrDefault(element => element.GetAttribute("name") == name)
            ?? throw new InvalidOperationException($"The form has no field '{name}'.");
        switch (field)
        {
            case IHtmlTextAreaElement area:
                area.Value = value;
                break;
            case IHtmlInputElement input:
                input.Value = value;
                break;
            default:
                throw new InvalidOperationException($"The field '{name}' cannot be filled in.");
        }
    }

    private static void Expect(HttpStatusCode expected, HttpResponseMessage response, string doing)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"{doing}: expected {(int)expected}, got {(int)response.StatusCode} " +
                $"from {response.RequestMessage?.RequestUri}.");
        }
    }
}
