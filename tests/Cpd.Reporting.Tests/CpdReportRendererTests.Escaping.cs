using AngleSharp.Dom;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    private static readonly HashSet<string> TemplateElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section", "article",
        "h1", "h2", "h3", "p", "span", "strong", "div", "dl", "dt", "dd", "time", "table", "tbody", "tr", "th", "td",
    };

    private static readonly HashSet<string> TemplateAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "lang", "charset", "name", "content", "class", "id", "datetime", "scope", "aria-labelledby", "aria-label",
    };

    public static TheoryData<string> HostileTexts =>
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)' data-x='",
        "&amp; &lt;b&gt; &#60;script&#62; &",
        "Quotes \"double\", 'single' and `back`",
        "Right-to-left \u202Eoverride txt.exe",
        "</title></h2></dd></article><script src=//evil.example/x.js></script>",
        "<!-- open comment <style>body{display:none}</style> <![CDATA[x]]>",
        "{{ report.member_id }} {{ for r in records }}{{ end }}",
        "Ångström — 😀 \u00A0 \uFEFF zero\u200Bwidth",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Render_HostileTextInEveryMemberField_IsShownExactlyAsText(string text)
    {
        var answers = ReflectionFrameworks.Default.Questions.ToDictionary(question => question.Key, _ => text);
        var details = new CpdRecordDetails { Title = text, Category = text, Notes = text + "\nline two" };
        var record = TestRecords.Create(1, details, _clock, answers);

        var document = ReportDocument.Parse(RenderHtml(TestRecords.Report([record], _clock, text)));

        AssertOnlyTemplateMarkup(document.Document);
        var article = Assert.Single(document.RecordArticles);
        Assert.Equal(text, Assert.Single(document.RecordHeadings));
        Assert.Equal(text, ReportDocument.DetailOf(article, "category"));
        Assert.Equal(text + "\nline two", article.QuerySelector(".notes dd")!.TextContent);
        Assert.All(ReportDocument.QuestionsOf(article), question => Assert.Equal(text, question.Answer));
        Assert.Equal("CPD report: " + text, document.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("CPD report: " + text, document.Document.QuerySelector("head > title")!.TextContent);
    }

    [Fact]
    public void Render_TemplateThatNeverEscapes_StillEncodesEveryValue()
    {
        var renderer = Supplied(
            "<h2>{{ records[0].title }}</h2><p>{{ records[0].title | string.upcase }}</p>", CpdReportFormat.Html);
        var record = TestRecords.Titled(1, "<script>alert(1)</script>", _clock);

        var html = Render(renderer, TestRecords.Report([record], _clock), CpdReportFormat.Html);

        Assert.Equal(
            "<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2><p>&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;</p>", html);
    }

    private static void AssertOnlyTemplateMarkup(IDocument document)
    {
        var elements = document.QuerySelectorAll("*");
        Assert.All(elements, element => Assert.Contains(element.LocalName, TemplateElements));
        Assert.All(
            elements.SelectMany(element => element.Attributes),
            attribute => Assert.Contains(attribute.Name, TemplateAttributes));
        Assert.Single(document.QuerySelectorAll("style"));
    }
}
