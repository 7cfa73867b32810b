using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Cpd.Reporting.Tests.Support;

/// <summary>A rendered report parsed as a browser would parse it, with the look-ups the tests share.</summary>
internal sealed class ReportDocument
{
    private static readonly HtmlParser Parser = new();

    private ReportDocument(IHtmlDocument document) => Document = document;

    public IHtmlDocument Document { get; }

    public IReadOnlyList<IElement> RecordArticles => [.. Document.QuerySelectorAll("article.record")];

    public IReadOnlyList<string> RecordHeadings =>
        [.. Document.QuerySelectorAll("h2.record-title").Select(heading => heading.TextContent)];

    public static ReportDocument Parse(string html) => new(Parser.ParseDocument(html));

    /// <summary>The summary table as row header to cell text.</summary>
    public IReadOnlyDictionary<string, string> SummaryRows() =>
        Document.QuerySelectorAll(".summary tr").ToDictionary(
            row => row.QuerySelector("th")!.TextContent,
            row => row.QuerySelector("td")!.TextContent,
            StringComparer.Ordinal);

    /// <summary>Each question heading of a record, with the text of the paragraph that follows it.</summary>
    public static IReadOnlyList<(string Question, string Answer, bool Answered)> QuestionsOf(IElement article) =>
        [
            .. article.QuerySelectorAll("h3.question").Select(heading =>
            {
                var answer = heading.NextElementSibling!;
                return (heading.TextContent, answer.TextContent, !answer.ClassList.Contains("unanswered"));
            }),
        ];

    public static string DetailOf(IElement article, string detailClass) =>
        article.QuerySelector($".details dd.{detailClass}")!.TextContent;
}
