using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace Cpd.Reporting.Tests.Support;

/// <summary>
/// A Markdown report turned into HTML by Markdig (CommonMark with pipe tables and raw HTML allowed, as a careless
/// viewer would) and parsed by AngleSharp, so that tests see what a reader of the rendered Markdown sees.
/// </summary>
internal static class MarkdownDocument
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string markdown) => Parser.ParseDocument(Markdown.ToHtml(markdown, Pipeline));
}
