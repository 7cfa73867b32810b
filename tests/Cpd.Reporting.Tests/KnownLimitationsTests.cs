using AngleSharp.Html.Parser;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using Markdig;
using NodaTime.Testing;

namespace Cpd.Reporting.Tests;

/// <summary>
/// Pins today's behaviour for each reporting entry of docs/known-limitations.md, so that a change to it is seen
/// and the document updated with it.
/// </summary>
public sealed class KnownLimitationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly FakeClock _clock = TestRecords.NewClock();

    [Fact]
    public void SuppliedHtmlTemplate_MemberTextInAUrlAttribute_IsEncodedButNotMadeASafeUrl()
    {
        var renderer = new CpdReportRenderer(
            [CpdReportTemplate.Parse("<a href=\"{{ records[0].notes }}\">link</a>", CpdReportFormat.Html, "link.html")]);
        var record = TestRecords.Create(1, new CpdRecordDetails { Title = "x", Notes = "javascript:alert(1)" }, _clock);

        var html = renderer.Render(
            TestRecords.Report([record], _clock), CpdReportFormat.Html, CpdReportOptions.Default, Token);

        var link = new HtmlParser().ParseDocument(html).QuerySelector("a")!;
        Assert.Equal("javascript:alert(1)", link.GetAttribute("href"));
    }

    [Fact]
    public void Markdown_WebAddressInMemberText_BecomesALinkWhereTheViewerAutolinks()
    {
        var record = TestRecords.Titled(1, "Notes at https://example.invalid/page", _clock);
        var markdown = new CpdReportRenderer().Render(
            TestRecords.Report([record], _clock), CpdReportFormat.Markdown, CpdReportOptions.Default, Token);

        var plain = Markdown.ToHtml(markdown);
        var autolinked = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAutoLinks().Build());

        Assert.DoesNotContain("<a ", plain, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.invalid/page\">", autolinked, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HtmlSpecialCharacters_AreWrittenAsTheyAreNotEscapedForAScriptElement()
    {
        var record = TestRecords.Titled(1, "</script><b>&", _clock);

        var json = new CpdReportRenderer().Render(
            TestRecords.Report([record], _clock), CpdReportFormat.Json, CpdReportOptions.Default, Token);

        Assert.Contains("\"title\": \"</script><b>&\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_NeutralisedValue_KeepsTheApostropheForWhoeverReadsTheFile()
    {
        var record = TestRecords.Titled(1, "-40 °C chamber", _clock);

        var csv = new CpdReportRenderer().Render(
            TestRecords.Report([record], _clock), CpdReportFormat.Csv, CpdReportOptions.Default, Token);

        Assert.Equal("'-40 °C chamber", Assert.Single(CsvReport.Read(csv).Rows)["Title"]);
    }
}
