using Cpd.Reporting.Tests.Support;
using NodaTime.Testing;

namespace Cpd.Reporting.Tests;

public sealed class CpdReportTemplateTests : IDisposable
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "cpd-template-tests", Guid.NewGuid().ToString("N"));

    private readonly FakeClock _clock = TestRecords.NewClock();

    public CpdReportTemplateTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Parse_SameTextAndFormatTwice_ReturnsTheTemplateParsedTheFirstTime()
    {
        var text = $"<p>{{{{ report.member_id }}}} {Guid.NewGuid()}</p>";

        var first = CpdReportTemplate.Parse(text, CpdReportFormat.Html, "cached.html");
        var second = CpdReportTemplate.Parse(text, CpdReportFormat.Html, "cached.html");

        Assert.Same(first, second);
        Assert.NotSame(first, CpdReportTemplate.Parse(text, CpdReportFormat.Markdown, "cached.html"));
        Assert.False(first.IsBuiltIn);
        Assert.Equal((CpdReportFormat.Html, "cached.html"), (first.Format, first.Name));
    }

    [Fact]
    public void Parse_SyntaxErrors_ThrowsTemplateExceptionWithEachErrorsLineAndColumn()
    {
        var exception = Assert.Throws<CpdReportTemplateException>(
            () => CpdReportTemplate.Parse("<ul>\n  {{ for record }}\n</ul>", CpdReportFormat.Html, "broken.html"));

        Assert.Equal(("broken.html", 2, 6), (exception.TemplateName, exception.Line, exception.Column));
        Assert.NotEmpty(exception.Errors);
        Assert.All(exception.Errors, error => Assert.True(error.Line >= 2 && error.Column >= 1, error.ToString()));
        Assert.StartsWith(
            "The report template 'broken.html' is at fault: line 2, column 6: ", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Parse_NoName_ThrowsArgumentException(string? name)
    {
        Assert.ThrowsAny<ArgumentException>(() => CpdReportTemplate.Parse("x", CpdReportFormat.Html, name!));
    }

    [Fact]
    public void FromFile_SameUnchangedFile_ReturnsTheTemplateParsedTheFirstTime()
    {
        var path = WriteTemplate("branded.md", "# {{ report.member_label }}");

        var first = CpdReportTemplate.FromFile(path, CpdReportFormat.Markdown);

        Assert.Same(first, CpdReportTemplate.FromFile(path, CpdReportFormat.Markdown));
        Assert.Equal("branded.md", first.Name);
    }

    [Fact]
    public void FromFile_FileChangedSince_ParsesItAgain()
    {
        var path = WriteTemplate("branded.md", "# First {{ report.member_label }}");
        var first = CpdReportTemplate.FromFile(path, CpdReportFormat.Markdown);

        File.WriteAllText(path, "# Second version {{ report.member_label }}");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));
        var second = CpdReportTemplate.FromFile(path, CpdReportFormat.Markdown);

        Assert.NotSame(first, second);
        var markdown = new CpdReportRenderer([second]).Render(
            TestRecords.Report([], _clock),
            CpdReportFormat.Markdown,
            CpdReportOptions.Default,
            TestContext.Current.CancellationToken);
        Assert.Equal("# Second version Dr Ada Example", markdown);
    }

    [Fact]
    public void FromFile_MissingFile_ThrowsReportExceptionNamingIt()
    {
        var path = Path.Combine(_folder, "missing.html");

        var exception = Assert.Throws<CpdReportException>(() => CpdReportTemplate.FromFile(path, CpdReportFormat.Html));

        Assert.Contains("missing.html", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_BrokenTemplate_ThrowsTemplateExceptionNamedAfterTheFile()
    {
        var path = WriteTemplate("broken.csv", "Title\n{{ for r in records }}{{ r.title }}");

        var exception = Assert.Throws<CpdReportTemplateException>(
            () => CpdReportTemplate.FromFile(path, CpdReportFormat.Csv));

        Assert.Equal("broken.csv", exception.TemplateName);
    }

    [Theory]
    [InlineData(CpdReportFormat.Html)]
    [InlineData(CpdReportFormat.Markdown)]
    [InlineData(CpdReportFormat.Csv)]
    [InlineData(CpdReportFormat.Json)]
    public void BuiltIn_EachFormat_IsParsedOnceAndMarkedBuiltIn(CpdReportFormat format)
    {
        var template = CpdReportTemplate.BuiltIn(format);

        Assert.Same(template, CpdReportTemplate.BuiltIn(format));
        Assert.True(template.IsBuiltIn);
        Assert.Equal(format, template.Format);
    }

    [Fact]
    public void BuiltIn_UndefinedFormat_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CpdReportTemplate.BuiltIn((CpdReportFormat)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => CpdReportTemplate.Parse("x", (CpdReportFormat)7));
    }

    private string WriteTemplate(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
