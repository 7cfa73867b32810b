using Cpd.Domain;
using Cpd.Reporting.Tests.Support;
using Scriban.Syntax;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdHtmlReportRendererTests
{
    [Fact]
    public void Constructor_TemplateWithSyntaxErrors_ThrowsCpdReportExceptionNamingTheTemplate()
    {
        var exception = Assert.Throws<CpdReportException>(() => new CpdHtmlReportRenderer("{{ for r }}", "broken"));

        Assert.Contains("broken", exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<CpdException>(exception);
    }

    [Fact]
    public void Render_TemplateFailsWhileRendering_ThrowsCpdReportExceptionWithTheCause()
    {
        var renderer = new CpdHtmlReportRenderer("<p>{{ no_such_value }}</p>", "misspelt");

        var exception = Assert.Throws<CpdReportException>(() => renderer.Render(TestRecords.Report([], _clock)));

        Assert.IsType<ScriptRuntimeException>(exception.InnerException);
        Assert.DoesNotContain("no_such_value", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_TemplateFailsWhileRendering_ThrowsCpdReportException()
    {
        var renderer = new CpdHtmlReportRenderer("<p>{{ records[0].title }}</p>", "no-records");
        var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        var exception = await Assert.ThrowsAsync<CpdReportException>(
            () => renderer.RenderAsync(TestRecords.Report([], _clock), writer, TestContext.Current.CancellationToken));

        Assert.IsAssignableFrom<ScriptRuntimeException>(exception.InnerException);
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

        var exception = Assert.Throws<CpdReportException>(() => Renderer.Render(TestRecords.Report(records, _clock)));

        Assert.Contains(TestRecords.Id(2).ToString(), exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("member-999", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NullReport_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Renderer.Render(null!));
    }

    [Fact]
    public void Render_ReportWithNullRecord_ThrowsArgumentException()
    {
        var report = TestRecords.Report([TestRecords.Titled(1, "Fine", _clock), null!], _clock);

        Assert.ThrowsAny<ArgumentException>(() => Renderer.Render(report));
    }

    [Fact]
    public void Render_ReportWithoutMemberId_ThrowsArgumentException()
    {
        var report = TestRecords.Report([], _clock) with { MemberId = default };

        Assert.Throws<ArgumentException>(() => Renderer.Render(report));
    }

    [Fact]
    public async Task RenderAsync_NullWriter_ThrowsArgumentNullException()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(
            () => Renderer.RenderAsync(TestRecords.Report([], _clock), null!, TestContext.Current.CancellationToken));
    }
}
