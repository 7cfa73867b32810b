using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Io;

namespace Cpd.Portal.Tests.Support;

/// <summary>
/// A member's HTTP session with the portal: pages parsed with AngleSharp, forms posted as a browser would.
/// </summary>
internal sealed class PortalClient : IDisposable
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public PortalClient(PortalFactory factory) => Http = factory.CreatePortalClient();

    public HttpClient Http { get; }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var address = response.RequestMessage?.RequestUri?.ToString() ?? "https://localhost/";
        return (IHtmlDocument)await Parser.OpenAsync(
            request => request.Content(html).Address(address), TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string url) =>
        Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> fields)
    {
        var content = new FormUrlEncodedContent(fields);
        return Http.PostAsync(new Uri(url, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    public async Task SignInAsync(string memberId)
    {
        var page = await GetPageAsync("/sign-in");
        var form = page.Forms.Single(
            form => form.QuerySelector($"input[name=memberId][value='{memberId}']") is not null);
        using var response = await SubmitAsync(form);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    /// <summary>Submits a form with some fields changed, through a given button (or the form's first).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        IHtmlFormElement form, IReadOnlyDictionary<string, string>? values = null, IHtmlElement? submitter = null)
    {
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            SetField(form, name, value);
        }

        var submission = (submitter is null ? form.GetSubmission() : form.GetSubmission(submitter))
            ?? throw new InvalidOperationException("The form cannot be submitted.");
        using var body = new MemoryStream();
        await submission.Body.CopyToAsync(body, TestContext.Current.CancellationToken);
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", submission.Headers[HeaderNames.ContentType]);
        using var request = new HttpRequestMessage(System.Net.Http.HttpMethod.Post, submission.Target.Href)
        {
            Content = content,
        };
        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Submits a form and follows the redirect that a successful post answers with.</summary>
    public async Task<IHtmlDocument> SubmitAndFollowAsync(
        IHtmlFormElement form, IReadOnlyDictionary<string, string>? values = null, IHtmlElement? submitter = null)
    {
        using var response = await SubmitAsync(form, values, submitter);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return await GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public void Dispose() => Http.Dispose();

    private static void SetField(IHtmlFormElement form, string name, string value)
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
            case IHtmlSelectElement select:
                select.Value = value;
                break;
            default:
                throw new InvalidOperationException($"The field '{name}' cannot be filled in.");
        }
    }
}
