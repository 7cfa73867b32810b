using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Cpd.Portal.Tests.Support;

/// <summary>Finds things on the plan and compliance pages the way a member would.</summary>
internal static class PlanPages
{
    /// <summary>Sets an objective through the plan page's form and returns the plan page it leads back to.</summary>
    public static async Task<IHtmlDocument> SetObjectiveAsync(
        this PortalClient client, string title, params (string Name, string Value)[] more)
    {
        var page = await client.GetPageAsync("/plan");
        var values = Fields.Of([("Objective.Title", title), .. more]);
        return await client.SubmitAndFollowAsync(Form(page, "AddObjective"), values);
    }

    /// <summary>Answers every question of a record, which completes it, and returns the record page.</summary>
    public static async Task<IHtmlDocument> CompleteAsync(this PortalClient client, IHtmlDocument record)
    {
        foreach (var key in RecordPages.QuestionKeys)
        {
            record = await client.SubmitAndFollowAsync(
                RecordPages.AnswerForm(record, key), Fields.Of(("text", $"My answer to {key}.")));
        }

        return record;
    }

    /// <summary>The form that posts to a page handler.</summary>
    public static IHtmlFormElement Form(IHtmlDocument page, string handler) =>
        page.Forms.First(form => (form.GetAttribute("action") ?? string.Empty)
            .Contains("handler=" + handler, StringComparison.Ordinal));

    /// <summary>The status form of the objective on the plan page with this title.</summary>
    public static IHtmlFormElement StatusForm(IHtmlDocument plan, string title) =>
        (IHtmlFormElement)plan.QuerySelectorAll("table.objectives tbody tr")
            .Single(row => row.QuerySelector("td a")!.TextContent == title)
            .QuerySelector("form")!;

    /// <summary>The address of the objective on the plan page with this title.</summary>
    public static string ObjectivePath(IHtmlDocument plan, string title) =>
        plan.QuerySelectorAll<IHtmlAnchorElement>("table.objectives td a")
            .Single(link => link.TextContent == title)
            .GetAttribute("href")!;

    /// <summary>The text of the first element matching a selector, with runs of white space made one space.</summary>
    public static string Text(IHtmlDocument page, string selector) =>
        System.Text.RegularExpressions.Regex.Replace(
            page.QuerySelector(selector)?.TextContent
                ?? throw new InvalidOperationException($"Nothing matches {selector}."),
            @"\s+",
            " ").Trim();

    public static string? Error(IHtmlDocument page, string fieldId) =>
        page.QuerySelector($"#{fieldId}-error")?.TextContent.Replace("Error: ", string.Empty, StringComparison.Ordinal)
            .Trim();
}
