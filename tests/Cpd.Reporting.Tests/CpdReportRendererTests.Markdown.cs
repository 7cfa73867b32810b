using System.Globalization;
using AngleSharp.Dom;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using NodaTime;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    private static readonly HashSet<string> MarkdownTemplateElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "h1", "h2", "h3", "p", "ul", "li", "strong", "em", "br", "hr",
        "table", "thead", "tbody", "tr", "th", "td",
    };

    public static TheoryData<string> MarkdownTexts =>
    [
        "# Not a heading",
        "- not a list",
        "+ not a list",
        "* not a list",
        "1. not a list",
        "2) not a list either",
        "> not a quote",
        "**not bold** and _not emphasis_ and __not strong__",
        "[not a link](javascript:alert(1))",
        "![not an image](https://example.invalid/x.png)",
        "<https://example.invalid/not-a-link>",
        "[ref]: https://example.invalid/not-a-definition",
        "`not code` and ``more``",
        "| not | a table |",
        "~~not struck~~",
        "---",
        "***",
        "===",
        "\\ a backslash, \\* an escaped star",
        "3.14 hours, version 2.0",
        "C# and F#",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    [MemberData(nameof(MarkdownTexts))]
    [MemberData(nameof(FormulaLikeTexts))]
    public void Render_Markdown_HostileTextInEveryMemberField_ReadsAsTheSameText(string text)
    {
        var answers = ReflectionFrameworks.Default.Questions.ToDictionary(question => question.Key, _ => text);
        var details = new CpdRecordDetails { Title = text, Category = text, Notes = text + "\nline two" };
        var record = TestRecords.Create(1, details, _clock, answers);

        var document = MarkdownDocument.Parse(RenderMarkdown(TestRecords.Report([record], _clock, text)));

        AssertOnlyMarkdownTemplateMarkup(document);
        Assert.Equal("CPD report: " + text, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(record.Title, RecordHeadings(document).Single());
        Assert.Contains("Category: " + record.Category, document.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal(record.Notes, MarkdownSection(document, "Notes").Single());
        Assert.All(
            record.Framework.Questions,
            question => Assert.Equal(
                record.AnswerTo(question.Key)!.Text, MarkdownSection(document, question.Text).Single()));
    }

    [Theory]
    [InlineData("    Four spaces would make a code block\n\tand a tab too")]
    [InlineData("A title line\n===\nand a rule\n---")]
    [InlineData("First paragraph\n\nSecond paragraph\n- not a list item\n12. not numbered")]
    public void Render_Markdown_MultiLineNotes_KeepTheirLinesAsText(string notes)
    {
        var record = TestRecords.Create(1, new CpdRecordDetails { Title = "Notes", Notes = notes }, _clock);

        var document = MarkdownDocument.Parse(RenderMarkdown(TestRecords.Report([record], _clock)));

        AssertOnlyMarkdownTemplateMarkup(document);
        var shown = string.Join('\n', MarkdownSection(document, "Notes"));
        Assert.Equal(notes.Replace("\n\n", "\n", StringComparison.Ordinal), shown);
    }

    [Fact]
    public void Render_Markdown_SampleLog_ShowsEveryRecordWithItsAnswersUnderTheirQuestions()
    {
        var records = SampleLog.Read(_clock);

        var document = MarkdownDocument.Parse(RenderMarkdown(TestRecords.Report(records, _clock)));

        Assert.Equal(records.Select(record => record.Title), RecordHeadings(document));
        var summary = document.QuerySelectorAll("tbody tr").ToDictionary(
            row => row.Children[0].TextContent, row => row.Children[1].TextContent, StringComparer.Ordinal);
        Assert.Equal(records.Count.ToString(CultureInfo.InvariantCulture), summary["Total records"]);
        var answers = document.QuerySelectorAll("h3").Where(h3 => h3.TextContent != "Notes").ToList();
        Assert.Equal(records.Count * 7, answers.Count);
        var expected = records.SelectMany(record => record.Framework.Questions.Select(
            question => record.AnswerTo(question.Key)?.Text ?? "Not answered yet"));
        Assert.Equal(expected, answers.Select(heading => heading.NextElementSibling!.TextContent));
    }

    [Fact]
    public void Render_Markdown_InFrench_WritesDatesAndHoursInFrench()
    {
        var details = new CpdRecordDetails { Title = "Cours", Hours = 2.5m, ActivityDate = new LocalDate(2025, 3, 18) };
        var options = new CpdReportOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") };

        var markdown = Render(
            TestRecords.Report([TestRecords.Create(1, details, _clock)], _clock), CpdReportFormat.Markdown, options);

        Assert.Contains("- Activity date: 18 mars 2025\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- Hours: 2,5\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkdownTemplateThatForgetsToEscape_StillEscapesEveryValue()
    {
        var renderer = Supplied("## {{ records[0].title }}\n\n{{ records[0].notes }}\n", CpdReportFormat.Markdown);
        var details = new CpdRecordDetails { Title = "[click](javascript:alert(1)) <b>x</b>", Notes = "# Heading" };
        var record = TestRecords.Create(1, details, _clock);

        var markdown = Render(renderer, 
            TestRecords.Report([record], _clock), CpdReportFormat.Markdown);

        var document = MarkdownDocument.Parse(markdown);
        Assert.Empty(document.QuerySelectorAll("a, b, h1"));
        Assert.Equal(details.Title, document.QuerySelector("h2")!.TextContent);
        Assert.Equal("# Heading", document.QuerySelector("p")!.TextContent);
    }

    private static string RenderMarkdown(CpdReport report) =>
        Render(report, CpdReportFormat.Markdown);

    private static IEnumerable<string> RecordHeadings(IDocument document) =>
        document.QuerySelectorAll("h2").Select(heading => heading.TextContent).Where(text => text != "Summary");

    /// <summary>The text of each paragraph after a heading, up to the next heading or rule.</summary>
    private static IEnumerable<string> MarkdownSection(IDocument document, string heading)
    {
        var start = document.QuerySelectorAll("h3").First(h3 => h3.TextContent == heading);
        for (var next = start.NextElementSibling; next is { LocalName: "p" }; next = next.NextElementSibling)
        {
            if (next.QuerySelector("em") is null)
            {
                yield return next.TextContent;
            }
        }
    }

    private static void AssertOnlyMarkdownTemplateMarkup(IDocument document)
    {
        var elements = document.QuerySelectorAll("*");
        Assert.All(elements, element => Assert.Contains(element.LocalName, MarkdownTemplateElements));
        var attributes = elements.SelectMany(element => element.Attributes);
        Assert.All(attributes, attribute => Assert.Equal("style", attribute.Name));
    }
}
