using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Cpd.Portal.Tests.Support;

/// <summary>Finds things on the portal's pages the way a member would: by the forms and labels they show.</summary>
internal static class RecordPages
{
    public static readonly string[] QuestionKeys =
        ["activity", "purpose", "learning", "practice", "beneficiaries", "evaluation", "next-steps"];

    /// <summary>Adds a record through the new record form and returns the record page it opens.</summary>
    public static async Task<IHtmlDocument> AddRecordAsync(
        this PortalClient client, string title, IReadOnlyDictionary<string, string>? more = null)
    {
        var page = await client.GetPageAsync("/records/new");
        var values = Fields.Of(("Form.Title", title));
        foreach (var (name, value) in more ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        return await client.SubmitAndFollowAsync(NewRecordForm(page), values);
    }

    public static IHtmlFormElement NewRecordForm(IHtmlDocument page) =>
        page.Forms.Single(form => form.GetAttribute("data-draft") == "new-record");

    public static IHtmlFormElement MainForm(IHtmlDocument page) =>
        page.QuerySelector<IHtmlFormElement>("main form") ?? throw new InvalidOperationException("No form.");

    public static IHtmlFormElement AnswerForm(IHtmlDocument page, string questionKey) =>
        (IHtmlFormElement)(page.QuerySelector($"#q-{questionKey} form")
            ?? throw new InvalidOperationException($"No answer form for '{questionKey}'."));

    public static IHtmlFormElement DetailsForm(IHtmlDocument page) =>
        (IHtmlFormElement)(page.QuerySelector("#details details form")
            ?? throw new InvalidOperationException("No details form."));

    public static IHtmlButtonElement Button(IHtmlFormElement form, string startsWith) =>
        form.QuerySelectorAll<IHtmlButtonElement>("button")
            .Single(button => button.TextContent.Trim().StartsWith(startsWith, StringComparison.Ordinal));

    public static string RecordPath(IHtmlDocument page) => new Uri(page.Url).AbsolutePath;

    public static string SavedState(IHtmlDocument page, string questionKey) =>
        page.QuerySelector($"#q-{questionKey}-state")!.TextContent.Trim();

    public static string AnswerText(IHtmlDocument page, string questionKey) =>
        ((IHtmlTextAreaElement)page.QuerySelector($"#q-{questionKey}-text")!).Value;

    public static string Status(IHtmlDocument page) => page.QuerySelector("#record-status")!.TextContent.Trim();

    public static int Stat(IHtmlDocument page, string name) =>
        int.Parse(page.QuerySelector($"#stat-{name}")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
}
