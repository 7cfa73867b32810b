using Cpd.Domain;
using Cpd.Reporting.Tests.Support;
using NodaTime;
using Scriban.Syntax;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    [Theory]
    [InlineData(CpdReportFormat.Html)]
    [InlineData(CpdReportFormat.Markdown)]
    [InlineData(CpdReportFormat.Csv)]
    [InlineData(CpdReportFormat.Json)]
    public void Render_MisspeltMemberName_ThrowsTemplateExceptionNamingItWithLineAndColumn(CpdReportFormat format)
    {
        var renderer = Supplied(
            "Records\n{{ for record in records }}\n  {{ record.titel }}\n{{ end }}", format, "misspelt");
        var report = TestRecords.Report([TestRecords.Titled(1, "Reading", _clock)], _clock);

        var exception = Assert.Throws<CpdReportTemplateException>(
            () => Render(renderer, report, format));

        Assert.Equal(("misspelt", 3, 13), (exception.TemplateName, exception.Line, exception.Column));
        Assert.Contains("titel", exception.Message, StringComparison.Ordinal);
        Assert.Contains("line 3, column 13", exception.Message, StringComparison.Ordinal);
        Assert.IsType<ScriptRuntimeException>(exception.InnerException);
        Assert.IsAssignableFrom<CpdException>(exception);
    }

    [Fact]
    public void Render_MisspeltNameTestedInAnIf_IsReportedNotTakenAsFalse()
    {
        var renderer = Supplied("{{ if report.member_nam }}named{{ end }}", CpdReportFormat.Html, "if-misspelt");

        var exception = Assert.Throws<CpdReportTemplateException>(
            () => Render(renderer, TestRecords.Report([], _clock), CpdReportFormat.Html));

        Assert.Contains("member_nam", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownVariable_ThrowsTemplateExceptionNamingIt()
    {
        var renderer = Supplied("<p>{{ no_such_value }}</p>", CpdReportFormat.Html, "unknown");

        var exception = Assert.Throws<CpdReportTemplateException>(
            () => Render(renderer, TestRecords.Report([], _clock), CpdReportFormat.Html));

        Assert.Contains("no_such_value", exception.Message, StringComparison.Ordinal);
        Assert.Equal((1, 7), (exception.Line, exception.Column));
    }

    [Fact]
    public async Task RenderAsync_TemplateFailsWhileRendering_ThrowsTemplateException()
    {
        var renderer = Supplied("<p>{{ records[0].title }}</p>", CpdReportFormat.Html, "no-records");
        var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        var exception = await Assert.ThrowsAsync<CpdReportTemplateException>(() => renderer.RenderAsync(
            TestRecords.Report([], _clock), CpdReportFormat.Html, CpdReportOptions.Default, writer,
            TestContext.Current.CancellationToken));

        Assert.IsAssignableFrom<ScriptRuntimeException>(exception.InnerException);
    }

    [Theory]
    [InlineData("{{ include 'other' }}")]
    [InlineData("{{ records.GetType }}")]
    [InlineData("{{ report.member_id.Length }}")]
    public void Render_TemplateReachingBeyondTheModel_ThrowsTemplateException(string text)
    {
        var renderer = Supplied(text, CpdReportFormat.Html, "reaching");

        var render = () => Render(renderer, TestRecords.Report([], _clock), CpdReportFormat.Html);

        Assert.Throws<CpdReportTemplateException>(render);
    }

    [Fact]
    public void Render_RecordOfAnotherMember_ThrowsWithoutNamingThatMember()
    {
        var stranger = MemberId.From("member-999");
        var records = new[]
        {
            TestRecords.Titled(1, "Mine", _clock),
            TestRecords.Create(2, new() { Title = "Theirs" }, _clock, member: stranger),
        };

        var exception = Assert.Throws<CpdReportException>(() => RenderHtml(TestRecords.Report(records, _clock)));

        Assert.Contains(TestRecords.Id(2).ToString(), exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("member-999", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NullReport_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => RenderHtml(null!));
    }

    [Fact]
    public void Render_ReportWithNullRecord_ThrowsArgumentException()
    {
        var report = TestRecords.Report([TestRecords.Titled(1, "Fine", _clock), null!], _clock);

        Assert.ThrowsAny<ArgumentException>(() => RenderHtml(report));
    }

    [Fact]
    public void Render_ReportWithoutMemberId_ThrowsArgumentException()
    {
        var report = TestRecords.Report([], _clock) with { MemberId = default };

        Assert.Throws<ArgumentException>(() => RenderHtml(report));
    }

    [Fact]
    public void Render_NullOptions_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(
            () => Renderer.Render(TestRecords.Report([], _clock), CpdReportFormat.Html, null!, Token));
    }

    [Fact]
    public void Render_RangeEndingBeforeItStarts_ThrowsValidationErrorNamingTheField()
    {
        var options = new CpdReportOptions { From = new LocalDate(2026, 2, 1), To = new LocalDate(2026, 1, 31) };

        var exception = Assert.Throws<CpdValidationException>(
            () => Render(TestRecords.Report([], _clock), CpdReportFormat.Json, options));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("to", ValidationRule.OutOfRange), (error.Field, error.Rule));
    }

    [Fact]
    public void Render_UndefinedFormat_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => Render(TestRecords.Report([], _clock), (CpdReportFormat)42));
    }

    [Fact]
    public async Task RenderAsync_NullWriter_ThrowsArgumentNullException()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(
            () => RenderHtmlAsync(TestRecords.Report([], _clock), null!, TestContext.Current.CancellationToken));
    }
}
