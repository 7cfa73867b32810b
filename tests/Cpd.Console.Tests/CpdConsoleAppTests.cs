using AngleSharp.Html.Parser;

namespace Cpd.Console.Tests;

public sealed partial class CpdConsoleAppTests : IDisposable
{
    private readonly ConsoleRun _cpd = new();

    public void Dispose() => _cpd.Dispose();

    [Fact]
    public async Task Import_OfTheSampleLog_GivesTheExpectedSummary()
    {
        var imported = await _cpd.RunOkAsync("import", ConsoleRun.TestData("member-log.csv"), "--today", "2026-12-03");
        var summary = await _cpd.RunOkAsync("summary", "--today", "2026-12-03");

        Assert.Contains("Imported 31 records", imported.Output, StringComparison.Ordinal);
        Assert.Contains(
            "Records: 31  Completed: 17  In progress: 8  Not started: 6  Overdue: 6  Hours: 197",
            summary.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_AfterImport_ListsEveryTitleOfTheLog()
    {
        await _cpd.RunOkAsync("import", ConsoleRun.TestData("member-log.csv"));
        var path = Path.Combine(_cpd.Folder, "report.html");

        await _cpd.RunOkAsync("report", "--output", path, "--today", "2026-12-03");

        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        var text = document.Body!.TextContent;
        foreach (var title in SampleLog.Titles())
        {
            Assert.Contains(title, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("json")]
    public async Task Import_OfACsvWithBadRows_IsRefusedWholeWithLineNumbersAndChangesNothing(string store)
    {
        _cpd.Store = store;
        await _cpd.RunOkAsync("add", "--title", "Already here");
        var before = (await _cpd.RunOkAsync("list")).Output;
        var csv = Path.Combine(_cpd.Folder, "bad.csv");
        await File.WriteAllTextAsync(csv, """
            Title,Activity date,Category,Hours,Notes,Reminder date
            Good row,2026-01-02,Informal,1,,
            Bad date,2026-13-40,Informal,1,,
            ,2026-01-02,Informal,1,,
            Bad hours,2026-01-02,Informal,lots,,
            """, TestContext.Current.CancellationToken);

        var result = await _cpd.RunAsync("import", csv);

        Assert.Equal(1, result.Code);
        Assert.Contains("line 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 4", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 5", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, (await _cpd.RunOkAsync("list")).Output);
        Assert.Contains("Records: 1  Completed: 0", (await _cpd.RunOkAsync("summary")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_ByDefault_IsASqliteFileInTheDataFolder()
    {
        await _cpd.RunOkAsync("add", "--title", "Kept in SQLite");

        Assert.True(File.Exists(Path.Combine(_cpd.DataDirectory, "cpd.db")));
        Assert.False(File.Exists(Path.Combine(_cpd.DataDirectory, "cpd-records.json")));
    }

    [Fact]
    public async Task Store_Postgres_ByConnectionStringAlone_KeepsAndSummarisesRecords()
    {
        _cpd.Store = "postgres";
        _cpd.ConnectionString = Environment.GetEnvironmentVariable("CPD_TEST_POSTGRES")
            ?? throw new InvalidOperationException(
                "CPD_TEST_POSTGRES is not set: start a server with `eval \"$(scripts/postgres.sh start)\"` or run ./test.sh.");
        _cpd.Member = $"console-{Guid.NewGuid():N}";
        await _cpd.RunOkAsync("import", ConsoleRun.TestData("member-log.csv"));

        var summary = await _cpd.RunOkAsync("summary", "--today", "2026-12-03");

        Assert.Contains("Records: 31  Completed: 17  In progress: 8  Not started: 6  Overdue: 6  Hours: 197",
            summary.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cpd.DataDirectory));
    }

    [Fact]
    public async Task Store_Postgres_WithoutAConnectionString_SaysWhatToSet()
    {
        _cpd.Store = "postgres";

        var result = await _cpd.RunAsync("list");

        Assert.Equal(1, result.Code);
        Assert.Contains("--connection-string", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_Json_KeepsRecordsInTheJsonFile()
    {
        _cpd.Store = "json";
        await _cpd.RunOkAsync("add", "--title", "Kept in JSON");

        var listed = await _cpd.RunOkAsync("list");

        Assert.Contains("Kept in JSON", listed.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_cpd.DataDirectory, "cpd-records.json")));
        Assert.False(File.Exists(Path.Combine(_cpd.DataDirectory, "cpd.db")));
    }

    [Fact]
    public async Task Journey_OverTwoSittings_CompletesTheRecordAndClearingReopensIt()
    {
        await _cpd.RunOkAsync("add", "--title", "Seminar on metrology", "--date", "2026-11-19", "--hours", "1.5",
            "--reminder", "2026-12-10");
        string[] firstSitting = ["activity", "purpose", "learning"];
        string[] secondSitting = ["practice", "beneficiaries", "evaluation", "next-steps"];
        foreach (var key in firstSitting)
        {
            await _cpd.RunOkAsync("answer", "#1", key, $"My answer to {key}");
        }

        var halfway = await _cpd.RunOkAsync("show", "#1");
        foreach (var key in secondSitting)
        {
            await _cpd.RunOkAsync("answer", "#1", key, $"My answer to {key}");
        }

        var done = await _cpd.RunOkAsync("show", "#1");
        await _cpd.RunOkAsync("clear-answer", "#1", "learning");
        var reopened = await _cpd.RunOkAsync("show", "#1");

        Assert.Contains("Status:        in progress", halfway.Output, StringComparison.Ordinal);
        Assert.Contains("Status:        completed", done.Output, StringComparison.Ordinal);
        Assert.Contains("My answer to next-steps", done.Output, StringComparison.Ordinal);
        Assert.Contains("Status:        in progress", reopened.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotesAndReminder_CanBeSetAndCleared()
    {
        await _cpd.RunOkAsync("add", "--title", "Reading");
        await _cpd.RunOkAsync("notes", "#1", "Finish after the group meeting");
        await _cpd.RunOkAsync("reminder", "set", "#1", "2026-12-01");
        var overdue = await _cpd.RunOkAsync("list");
        await _cpd.RunOkAsync("reminder", "clear", "#1");
        var shown = await _cpd.RunOkAsync("show", "#1");

        Assert.Contains("OVERDUE", overdue.Output, StringComparison.Ordinal);
        Assert.Contains("Finish after the group meeting", shown.Output, StringComparison.Ordinal);
        Assert.Contains("Reminder:      -", shown.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "add", "--title", "   ")]
    [InlineData(1, "add", "--title", "Hours", "--hours", "-3")]
    [InlineData(2, "add", "--title", "Date", "--date", "03/12/2026")]
    [InlineData(2, "add", "--title", "Hours", "--hours", "two")]
    [InlineData(1, "answer", "#1", "feelings", "Not a question of the framework")]
    [InlineData(1, "answer", "#7", "learning", "No such record")]
    [InlineData(1, "show", "not-an-id")]
    [InlineData(1, "show", "0193a6e4-0000-7000-8000-000000000000")]
    [InlineData(1, "clear-answer", "#1", "learning")]
    [InlineData(1, "import", "/no/such/file.csv")]
    [InlineData(2, "no-such-command")]
    public async Task BadInput_GivesOneLineThatSaysWhatToFixAndNoStackTrace(int code, params string[] args)
    {
        await _cpd.RunOkAsync("add", "--title", "Existing record");

        var result = await _cpd.RunAsync(args);

        Assert.Equal(code, result.Code);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("cpd: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTimeZone_IsRefusedByName()
    {
        _cpd.TimeZone = "Europe/Atlantis";

        var result = await _cpd.RunAsync("summary");

        Assert.Equal(1, result.Code);
        Assert.Contains("Europe/Atlantis", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ShowsAScriptTitleAsText()
    {
        const string Hostile = "<script>alert(1)</script>";
        await _cpd.RunOkAsync("add", "--title", Hostile, "--notes", "\"><img src=x onerror=alert(1)>");

        var result = await _cpd.RunOkAsync("report", "--output", "-");

        var document = new HtmlParser().ParseDocument(result.Output);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Contains(Hostile, document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_ImportsTheSampleLogAfreshEachRun()
    {
        var outputDirectory = Path.Combine(_cpd.Folder, "demo");
        await _cpd.RunOkAsync("demo", "--output-dir", outputDirectory, "--today", "2026-12-03");

        var second = await _cpd.RunOkAsync("demo", "--output-dir", outputDirectory, "--today", "2026-12-03");

        Assert.Contains("Records: 31  Completed: 17", second.Output, StringComparison.Ordinal);
        Assert.Contains("  Plan: 0 objective(s)", second.Output, StringComparison.Ordinal);
        Assert.Contains("  Planned records: 0 (0%)  Unplanned: 31", second.Output, StringComparison.Ordinal);
        Assert.Contains("(1 January 2026 to 31 December 2026): ", second.Output, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(
            Path.Combine(outputDirectory, "cpd-report.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<h2 id=\"plan-heading\">Development plan</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"compliance-heading\">Compliance</h2>", html, StringComparison.Ordinal);
    }
}
