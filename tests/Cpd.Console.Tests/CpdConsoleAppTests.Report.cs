using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CsvHelper;
using Markdig;

namespace Cpd.Console.Tests;

public sealed partial class CpdConsoleAppTests
{
    private static readonly string[] QuestionKeys =
        ["activity", "purpose", "learning", "practice", "beneficiaries", "evaluation", "next-steps"];

    [Fact]
    public async Task Report_Csv_OfTheSampleLog_ReadsBackToTheLogFieldByField()
    {
        await ImportSampleLogAsync();
        var path = Path.Combine(_cpd.Folder, "log.csv");

        await _cpd.RunOkAsync("report", "--format", "csv", "-o", path, "--today", "2026-12-03");

        var log = SampleLog.Rows().ToDictionary(row => row["Title"], StringComparer.Ordinal);
        using var csv = CsvReader.FromFile(path);
        var count = 0;
        while (csv.Read())
        {
            var expected = log[Value(csv.GetString("Title"))];
            count++;
            Assert.Equal(expected["Activity date"], csv.GetString("Activity date"));
            Assert.Equal(expected["Category"], Value(csv.GetString("Category")));
            Assert.Equal(Hours(expected["Hours"]), Hours(csv.GetString("Hours")));
            Assert.Equal(expected["Notes"], Value(csv.GetString("Notes")));
            Assert.Equal(expected["Reminder date"], csv.GetString("Reminder date"));
            Assert.All(QuestionKeys, key => Assert.Equal(expected[key], Value(csv.GetString(key))));
        }

        Assert.Equal(log.Count, count);
    }

    [Fact]
    public async Task Report_Json_OfTheSampleLog_ParsesBackToTheLog()
    {
        await ImportSampleLogAsync();

        var result = await _cpd.RunOkAsync("report", "--format", "json", "-o", "-", "--today", "2026-12-03");

        using var json = JsonDocument.Parse(result.Output);
        var records = json.RootElement.GetProperty("records").EnumerateArray().ToList();
        var log = SampleLog.Rows().ToDictionary(row => row["Title"], StringComparer.Ordinal);
        Assert.Equal(log.Count, records.Count);
        Assert.Equal(log.Keys.Order(StringComparer.Ordinal), records.Select(Title).Order(StringComparer.Ordinal));
        foreach (var record in records)
        {
            var expected = log[Title(record)];
            Assert.Equal(NullIfEmpty(expected["Activity date"]), record.GetProperty("activityDate").GetString());
            Assert.Equal(NullIfEmpty(expected["Category"]), record.GetProperty("category").GetString());
            Assert.Equal(expected["Notes"], record.GetProperty("notes").GetString());
            var answers = record.GetProperty("answers").EnumerateArray()
                .ToDictionary(
                    answer => answer.GetProperty("key").GetString()!, answer => answer.GetProperty("answer").GetString());
            Assert.All(QuestionKeys, key => Assert.Equal(NullIfEmpty(expected[key]), answers[key]));
        }
    }

    [Fact]
    public async Task Report_Markdown_OfTheSampleLog_ShowsEveryTitleAsAHeading()
    {
        await ImportSampleLogAsync();
        var path = Path.Combine(_cpd.Folder, "log.md");

        var result = await _cpd.RunOkAsync("report", "-f", "markdown", "-o", path);

        Assert.Equal($"Report written to {path}", result.Output.Trim());
        var html = Markdown.ToHtml(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        var headings = new HtmlParser().ParseDocument(html).QuerySelectorAll("h2")
            .Select(heading => heading.TextContent).Where(text => text is not ("Summary" or "Development plan"));
        Assert.Equal(SampleLog.Titles().Order(StringComparer.Ordinal), headings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Report_StatusAndDateFilters_SelectOnlyMatchingRecords()
    {
        await ImportSampleLogAsync();

        var result = await _cpd.RunOkAsync(
            "report", "-f", "json", "-o", "-", "--status", "overdue", "--status", "not-started",
            "--from", "2026-01-01", "--to", "2026-12-31", "--today", "2026-12-03");

        using var json = JsonDocument.Parse(result.Output);
        var records = json.RootElement.GetProperty("records").EnumerateArray().ToList();
        Assert.NotEmpty(records);
        Assert.All(records, record => Assert.True(
            record.GetProperty("overdue").GetBoolean() || record.GetProperty("status").GetString() == "not-started"));
        Assert.All(records, record => Assert.StartsWith(
            "2026-", record.GetProperty("activityDate").GetString(), StringComparison.Ordinal));
        var statuses = json.RootElement.GetProperty("selection").GetProperty("statuses").EnumerateArray();
        Assert.Equal(["not-started", "overdue"], statuses.Select(shown => shown.GetString()));
    }

    [Fact]
    public async Task Report_Culture_WritesDatesInThatCulture()
    {
        await _cpd.RunOkAsync("add", "--title", "Seminar", "--date", "2026-03-18", "--hours", "2.5");

        var result = await _cpd.RunOkAsync("report", "-o", "-", "--culture", "fr-FR");

        var document = new HtmlParser().ParseDocument(result.Output);
        Assert.Equal("18 mars 2026", document.QuerySelector("dd.activity-date")!.TextContent);
        Assert.Equal("2,5", document.QuerySelector("dd.hours")!.TextContent);
    }

    [Fact]
    public async Task Report_SuppliedTemplate_IsUsedAndStillEscapes()
    {
        await _cpd.RunOkAsync("add", "--title", "<script>alert(1)</script>");
        var template = Path.Combine(_cpd.Folder, "portal.html");
        await File.WriteAllTextAsync(
            template, "<ul>{{ for r in records }}<li>{{ r.title }}</li>{{ end }}</ul>", Token);

        var result = await _cpd.RunOkAsync("report", "--template", template, "-o", "-");

        Assert.Equal("<ul><li>&lt;script&gt;alert(1)&lt;/script&gt;</li></ul>", result.Output);
    }

    [Fact]
    public async Task Report_BrokenTemplate_SaysWhereInOneLineAndKeepsTheEarlierReport()
    {
        await _cpd.RunOkAsync("add", "--title", "Reading");
        var path = Path.Combine(_cpd.Folder, "report.html");
        await _cpd.RunOkAsync("report", "-o", path);
        var before = await File.ReadAllTextAsync(path, Token);
        var template = Path.Combine(_cpd.Folder, "broken.html");
        await File.WriteAllTextAsync(
            template, "<ul>\n{{ for r in records }}<li>{{ r.titel }}</li>{{ end }}</ul>", Token);

        var result = await _cpd.RunAsync("report", "--template", template, "-o", path);

        Assert.Equal(1, result.Code);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(
            "cpd: The report template 'broken.html' is at fault: line 2, column 32", line, StringComparison.Ordinal);
        Assert.Contains("titel", line, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        string[] left = [template, Path.Combine(_cpd.Folder, "data"), path];
        var entries = Directory.GetFileSystemEntries(_cpd.Folder);
        Assert.Equal(left.Order(StringComparer.Ordinal), entries.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(2, "report", "--format", "pdf")]
    [InlineData(2, "report", "--status", "late")]
    [InlineData(2, "report", "--culture", "xx-NOWHERE")]
    [InlineData(2, "report", "--from", "2026-13-01")]
    [InlineData(1, "report", "--from", "2026-02-01", "--to", "2026-01-31")]
    [InlineData(1, "report", "--template", "/no/such/template.html")]
    public async Task Report_BadOption_GivesOneLineThatSaysWhatToFix(int code, params string[] args)
    {
        var result = await _cpd.RunAsync(args);

        Assert.Equal(code, result.Code);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("cpd: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_WritesTheReportInEveryFormat()
    {
        var outputDirectory = Path.Combine(_cpd.Folder, "demo");

        await _cpd.RunOkAsync("demo", "--output-dir", outputDirectory, "--today", "2026-12-03");

        string[] files = ["cpd-report.html", "cpd-report.md", "cpd-report.csv", "cpd-report.json"];
        Assert.All(files, file => Assert.True(File.Exists(Path.Combine(outputDirectory, file)), file));
        var json = await File.ReadAllTextAsync(Path.Combine(outputDirectory, "cpd-report.json"), Token);
        Assert.Equal(31, JsonDocument.Parse(json).RootElement.GetProperty("summary").GetProperty("total").GetInt32());
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task ImportSampleLogAsync() =>
        await _cpd.RunOkAsync("import", ConsoleRun.TestData("member-log.csv"));

    private static string Title(JsonElement record) => record.GetProperty("title").GetString()!;

    private static string Value(string field) => field.StartsWith('\'') ? field[1..] : field;

    private static decimal? Hours(string text) =>
        text.Length == 0 ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
