using System.Text;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    // Far past Scriban's defaults: 1,000 loop iterations (nested loops counted together) and 1,048,576 characters.
    private const int LargeRecordCount = 5_000;

    [Fact]
    public void Render_FiveThousandCompletedRecords_ShowsEveryRecordAndAnswer()
    {
        var report = TestRecords.Report(LargeLog(), _clock);

        var html = RenderHtml(report);

        Assert.True(html.Length > 1_048_576, $"The report is only {html.Length:N0} characters long.");
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        var document = ReportDocument.Parse(html);
        Assert.Equal(LargeRecordCount, document.RecordArticles.Count);
        Assert.Equal($"Activity {LargeRecordCount:D4}", document.RecordHeadings[^1]);
        Assert.Equal(LargeRecordCount * 7, document.Document.QuerySelectorAll("p.answer:not(.unanswered)").Length);
        Assert.Equal("Answer 5000: next-steps", ReportDocument.QuestionsOf(document.RecordArticles[^1])[^1].Answer);
    }

    [Fact]
    public void Render_FiveThousandCompletedRecords_CsvHasEveryRowAndAnswer()
    {
        var csv = CsvReport.Read(Render(
            TestRecords.Report(LargeLog(), _clock), CpdReportFormat.Csv));

        Assert.Equal(LargeRecordCount, csv.Rows.Count);
        Assert.Equal($"Activity {LargeRecordCount:D4}", csv.Rows[^1]["Title"]);
        Assert.Equal("Answer 5000: next-steps", csv.Rows[^1]["next-steps"]);
    }

    [Fact]
    public void Render_FiveThousandCompletedRecords_JsonHasEveryRecordAndAnswer()
    {
        var json = Render(TestRecords.Report(LargeLog(), _clock), CpdReportFormat.Json);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var records = document.RootElement.GetProperty("records");
        Assert.Equal(LargeRecordCount, records.GetArrayLength());
        Assert.Equal(
            "Answer 5000: next-steps",
            records[LargeRecordCount - 1].GetProperty("answers")[6].GetProperty("answer").GetString());
    }

    [Fact]
    public void Render_FiveThousandCompletedRecords_MarkdownHasEveryRecordAndAnswer()
    {
        var markdown = Render(
            TestRecords.Report(LargeLog(), _clock), CpdReportFormat.Markdown);

        var lines = markdown.Split('\n');
        Assert.Equal(LargeRecordCount, lines.Count(line => line.StartsWith("## Activity ", StringComparison.Ordinal)));
        Assert.Equal(LargeRecordCount * 7, lines.Count(line => line.StartsWith("Answer ", StringComparison.Ordinal)));
        Assert.EndsWith("End of the CPD report: 5000 records.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_FiveThousandRecords_WritesTheSamePageAsRender()
    {
        var report = TestRecords.Report(LargeLog(), _clock);
        var writer = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);

        await RenderHtmlAsync(report, writer, TestContext.Current.CancellationToken);

        var written = writer.ToString();
        Assert.Contains($">Activity {LargeRecordCount:D4}</h2>", written, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", written, StringComparison.Ordinal);
        Assert.Equal(RenderHtml(report), written);
    }

    [Fact]
    public async Task RenderAsync_AlreadyCancelled_ThrowsAndWritesNothing()
    {
        var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => RenderHtmlAsync(TestRecords.Report(MixedRecords(), _clock), writer, cancellation.Token));
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public async Task RenderAsync_CancelledWhileWriting_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var writer = new CancellingWriter(cancellation, afterCharacters: 10_000);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => RenderHtmlAsync(TestRecords.Report(LargeLog(), _clock), writer, cancellation.Token));
    }

    [Fact]
    public void Render_SameRendererOnManyThreadsAtOnce_GivesIdenticalPages()
    {
        var report = TestRecords.Report(SampleLog.Read(_clock), _clock);
        var expected = RenderHtml(report);

        var pages = new string[16];
        Parallel.For(0, pages.Length, index => pages[index] = RenderHtml(report));

        Assert.All(pages, page => Assert.Equal(expected, page));
    }

    [Fact]
    public void Render_TemplateLoopingBeyondTheModel_ThrowsCpdReportException()
    {
        var renderer = Supplied(
            "{{ for a in records }}{{ for b in records }}.{{ end }}{{ end }}", CpdReportFormat.Html, "quadratic");
        var records = Enumerable.Range(1, 100)
            .Select(number => TestRecords.Titled(number, $"R{number}", _clock))
            .ToList();

        var exception = Assert.Throws<CpdReportTemplateException>(
            () => Render(renderer, TestRecords.Report(records, _clock), CpdReportFormat.Html));

        Assert.Contains("limit", exception.Message, StringComparison.Ordinal);
        Assert.Equal((1, 26), (exception.Line, exception.Column));
    }

    private List<CpdRecord> LargeLog() =>
    [
        .. Enumerable.Range(1, LargeRecordCount).Select(number => TestRecords.Create(
            number,
            new CpdRecordDetails { Title = $"Activity {number:D4}", Hours = 1.5m, Notes = "Notes & more notes." },
            _clock,
            TestRecords.Answers(7, $"Answer {number}"))),
    ];

    /// <summary>Cancels its token once enough has been written, as a member leaving the page would.</summary>
    private sealed class CancellingWriter(CancellationTokenSource cancellation, int afterCharacters) : StringWriter(
        System.Globalization.CultureInfo.InvariantCulture)
    {
        public override void Write(char value)
        {
            base.Write(value);
            CancelIfDone();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            base.Write(buffer, index, count);
            CancelIfDone();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            CancelIfDone();
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(char[] buffer, int index, int count)
        {
            Write(buffer, index, count);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            CancelIfDone();
            return Task.CompletedTask;
        }

        private void CancelIfDone()
        {
            if (GetStringBuilder().Length >= afterCharacters)
            {
                cancellation.Cancel();
            }
        }
    }
}
