using System.Globalization;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using NodaTime;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    [Fact]
    public void Render_SuppliedTemplate_IsUsedForItsFormatAndTheBuiltInOnesForTheOthers()
    {
        var renderer = Supplied("<h1>Portal: {{ report.member_label }}</h1>", CpdReportFormat.Html, "portal.html");
        var report = TestRecords.Report([], _clock);

        var html = Render(renderer, report, CpdReportFormat.Html);
        var json = Render(renderer, report, CpdReportFormat.Json);

        Assert.Equal("<h1>Portal: Dr Ada Example</h1>", html);
        Assert.Equal(RenderJson(report), json);
        Assert.Equal("portal.html", renderer.TemplateFor(CpdReportFormat.Html).Name);
        Assert.Same(CpdReportTemplate.BuiltIn(CpdReportFormat.Csv), renderer.TemplateFor(CpdReportFormat.Csv));
    }

    [Fact]
    public void Constructor_TwoTemplatesForOneFormat_ThrowsNamingBoth()
    {
        CpdReportTemplate[] templates =
        [
            CpdReportTemplate.Parse("a", CpdReportFormat.Markdown, "first.md"),
            CpdReportTemplate.Parse("b", CpdReportFormat.Markdown, "second.md"),
        ];

        var exception = Assert.Throws<ArgumentException>(() => new CpdReportRenderer(templates));

        Assert.Contains("first.md", exception.Message, StringComparison.Ordinal);
        Assert.Contains("second.md", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ while true }}{{ end }}", 4)]
    [InlineData("{{ while true }}.{{ end }}", 4)]
    [InlineData("{{ for i in 1..100000000 }}{{ end }}", 14)]
    public void Render_SuppliedTemplateThatLoopsWithoutEnd_StopsWithATemplateExceptionAtTheLoop(string text, int column)
    {
        var renderer = Supplied(text, CpdReportFormat.Html, "endless");

        var exception = Assert.Throws<CpdReportTemplateException>(
            () => Render(renderer, TestRecords.Report([], _clock), CpdReportFormat.Html));

        Assert.Equal((1, column), (exception.Line, exception.Column));
        Assert.Contains("limit", exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_SuppliedTemplateThatRecursesWithoutEnd_StopsWithATemplateException()
    {
        var renderer = Supplied("{{ func deeper\n  ret deeper\nend\ndeeper }}", CpdReportFormat.Markdown, "recursive");

        var exception = Assert.Throws<CpdReportTemplateException>(() => Render(renderer, 
            TestRecords.Report([], _clock), CpdReportFormat.Markdown));

        Assert.Contains("recursive depth limit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SuppliedTemplateWritingPastTheOutputLimit_StopsWithATemplateException()
    {
        var renderer = Supplied("{{ for i in 1..500 }}0123456789{{ end }}", CpdReportFormat.Csv, "chatty");
        var options = new CpdReportOptions { MaxOutputCharacters = 1_000 };

        var exception = Assert.Throws<CpdReportTemplateException>(
            () => renderer.Render(TestRecords.Report([], _clock), CpdReportFormat.Csv, options, Token));

        Assert.Contains("OutputLimit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SuppliedTemplate_CanUseScribansFunctionsOnTheModel()
    {
        var renderer = Supplied(
            "{{ records | array.size }} {{ records[0].title | string.upcase }} {{ summary.total_hours.value * 2 }}",
            CpdReportFormat.Markdown);
        var record = TestRecords.Create(1, new CpdRecordDetails { Title = "course", Hours = 1.25m }, _clock);

        var text = Render(renderer, TestRecords.Report([record], _clock), CpdReportFormat.Markdown);

        Assert.Equal("1 COURSE 2.50", text);
    }

    [Fact]
    public void Render_SuppliedCsvTemplate_WritesEachValueAsOneSafeField()
    {
        var renderer = Supplied(
            "Title,Notes\n{{ for r in records }}{{ r.title }},{{ r.notes }}\n{{ end }}", CpdReportFormat.Csv, "short.csv");
        var details = new CpdRecordDetails { Title = "=cmd|' /C calc'!A0", Notes = "one, \"two\"\nthree" };
        var report = TestRecords.Report([TestRecords.Create(1, details, _clock)], _clock);

        var csv = CsvReport.Read(Render(renderer, report, CpdReportFormat.Csv));

        var row = Assert.Single(csv.Rows);
        Assert.Equal("'" + details.Title, row["Title"]);
        Assert.Equal(details.Notes, row["Notes"]);
    }

    [Fact]
    public void Render_AlreadyCancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Renderer.Render(
            TestRecords.Report(MixedRecords(), _clock),
            CpdReportFormat.Html,
            CpdReportOptions.Default,
            cancellation.Token));
    }

    [Theory]
    [InlineData(CpdReportFormat.Html)]
    [InlineData(CpdReportFormat.Markdown)]
    [InlineData(CpdReportFormat.Csv)]
    [InlineData(CpdReportFormat.Json)]
    public void Render_ExplicitCulture_IgnoresTheThreadCulture(CpdReportFormat format)
    {
        var details = new CpdRecordDetails
        {
            Title = "Course", Hours = 1234.5m, ActivityDate = new LocalDate(2025, 5, 2),
        };
        var report = TestRecords.Report([TestRecords.Create(1, details, _clock)], _clock);
        var french = new CpdReportOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") };
        var expected = (Render(report, format),
            Render(report, format, french));

        var (original, originalUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");

            Assert.Equal(
                expected,
                (Render(report, format), Render(report, format, french)));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    [Fact]
    public void Render_Html_InFrench_WritesDatesAndHoursInFrenchAndKeepsIsoAttributes()
    {
        var details = new CpdRecordDetails { Title = "Cours", Hours = 2.5m, ActivityDate = new LocalDate(2025, 3, 18) };
        var options = new CpdReportOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") };

        var report = TestRecords.Report([TestRecords.Create(1, details, _clock)], _clock);

        var html = Render(report, CpdReportFormat.Html, options);

        var article = Assert.Single(ReportDocument.Parse(html).RecordArticles);
        Assert.Equal("18 mars 2025", ReportDocument.DetailOf(article, "activity-date"));
        Assert.Equal("2025-03-18", article.QuerySelector("dd.activity-date time")!.GetAttribute("datetime"));
        Assert.Equal("2,5", ReportDocument.DetailOf(article, "hours"));
    }
}
