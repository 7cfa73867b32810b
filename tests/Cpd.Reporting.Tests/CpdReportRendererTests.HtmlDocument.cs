using AngleSharp.Dom;
using Cpd.Reporting.Tests.Support;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    [Fact]
    public void Render_SampleLog_NeedsNothingFromOutsideTheDocument()
    {
        var html = RenderHtml(TestRecords.Report(SampleLog.Read(_clock), _clock));
        var document = ReportDocument.Parse(html).Document;

        Assert.Empty(document.QuerySelectorAll("script, link, iframe, object, embed, img, base, audio, video"));
        var references = document.QuerySelectorAll("[src], [href], [srcset], [action], [poster], [data]");
        Assert.Empty(references);
        var css = document.QuerySelector("style")!.TextContent;
        Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleLog_IsAnAccessibleDocument()
    {
        var html = RenderHtml(TestRecords.Report(SampleLog.Read(_clock), _clock));
        var document = ReportDocument.Parse(html).Document;

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("head > meta[charset]")!.GetAttribute("charset"));
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("head > title")?.TextContent));
        Assert.Single(document.QuerySelectorAll("h1"));
        AssertHeadingsNeverSkipALevel(document);
        Assert.All(
            document.QuerySelectorAll(".summary tr"),
            row => Assert.Equal("row", row.QuerySelector("th")!.GetAttribute("scope")));
        Assert.All(
            document.QuerySelectorAll("article.record"),
            article => AssertLabelledByItsHeading(document, article));
    }

    [Fact]
    public void Render_AnyReport_PrintsEachRecordOnANewPage()
    {
        var html = RenderHtml(TestRecords.Report([], _clock));

        var css = ReportDocument.Parse(html).Document.QuerySelector("style")!.TextContent;

        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains("break-before: page", print, StringComparison.Ordinal);
        Assert.Contains("page-break-before: always", print, StringComparison.Ordinal);
        Assert.Contains("white-space: pre-wrap", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ink", "#ffffff")]
    [InlineData("--ink", "--panel")]
    [InlineData("--muted", "#ffffff")]
    [InlineData("--muted", "--panel")]
    [InlineData("--accent", "#ffffff")]
    [InlineData("--done-ink", "--done-bg")]
    [InlineData("--progress-ink", "--progress-bg")]
    [InlineData("--idle-ink", "--idle-bg")]
    [InlineData("--late-ink", "--late-bg")]
    [InlineData("--late-ink", "#ffffff")]
    public void Render_AnyReport_TextColoursMeetWcagAaContrast(string foreground, string background)
    {
        var html = RenderHtml(TestRecords.Report([], _clock));
        var css = ReportDocument.Parse(html).Document.QuerySelector("style")!.TextContent;

        var ratio = Contrast.Ratio(Colour(css, foreground), Colour(css, background));

        Assert.True(ratio >= 4.5, $"{foreground} on {background} has a contrast of only {ratio:0.00}:1.");
    }

    private static string Colour(string css, string nameOrHex)
    {
        if (nameOrHex.StartsWith('#'))
        {
            return nameOrHex;
        }

        var declaration = css.IndexOf(nameOrHex + ":", StringComparison.Ordinal);
        Assert.True(declaration >= 0, $"The style sheet does not declare {nameOrHex}.");
        return css.Substring(css.IndexOf('#', declaration), 7);
    }

    private static void AssertHeadingsNeverSkipALevel(IDocument document)
    {
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6")
            .Select(heading => heading.LocalName[1] - '0')
            .ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(
            levels.Zip(levels.Skip(1)),
            pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
    }

    private static void AssertLabelledByItsHeading(IDocument document, IElement article)
    {
        var heading = document.GetElementById(article.GetAttribute("aria-labelledby")!);
        Assert.Same(article.QuerySelector("h2"), heading);
    }
}
