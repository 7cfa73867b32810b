namespace Cpd.Console.Tests;

public sealed class PlanCommandTests : IDisposable
{
    private const string Today = "2026-12-03";

    private readonly ConsoleRun _cpd = new();

    public void Dispose() => _cpd.Dispose();

    [Theory]
    [InlineData("sqlite")]
    [InlineData("json")]
    [InlineData("postgres")]
    public async Task Journey_SetObjectivesLinkRecordsAndReview_ListShowsProgress(string store)
    {
        UseStore(store);
        await _cpd.RunOkAsync("plan", "add", "Speak at a conference", "--why", "Visibility in my field",
            "--target", "2026-12-01", "--serves", "Communication", "--serves", "Leadership");
        await _cpd.RunOkAsync("plan", "add", "Learn Bayesian statistics", "--target", "2027-06-30");
        await _cpd.RunOkAsync("add", "--title", "Rehearsal with my group", "--hours", "2");
        await _cpd.RunOkAsync("add", "--title", "Corridor chat", "--hours", "0.5");
        await _cpd.RunOkAsync("plan", "link", "#1", "#1");
        await _cpd.RunOkAsync("plan", "status", "#2", "in-progress");
        await _cpd.RunOkAsync(
            "plan", "review", "--on", "2026-11-30", "--outcome", "Keep both objectives\nAsk for a mentor");

        var listed = (await _cpd.RunOkAsync("plan", "list", "--today", Today)).Output;

        Assert.Contains(
            "Objectives: 2  Planned: 1  In progress: 1  Achieved: 0  Dropped: 0  Overdue: 1",
            listed,
            StringComparison.Ordinal);
        Assert.Contains(
            "Records: 2  Planned: 1 (50%)  Unplanned: 1  Planned hours: 2 of 2.5 (80%)",
            listed,
            StringComparison.Ordinal);
        Assert.Contains("Last review: 2026-11-30: Keep both objectives", listed, StringComparison.Ordinal);
        Assert.Contains(
            "records 1 (0 completed, 2 h)  Speak at a conference  OVERDUE", listed, StringComparison.Ordinal);
        Assert.Contains("in progress  target 2027-06-30", listed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("json")]
    [InlineData("postgres")]
    public async Task ListAndShow_LinkedAndUnlinkedRecords_MarkPlannedAndUnplanned(string store)
    {
        UseStore(store);
        await _cpd.RunOkAsync("plan", "add", "Chair a committee");
        await _cpd.RunOkAsync("add", "--title", "Committee shadowing");
        await _cpd.RunOkAsync("add", "--title", "Unplanned webinar");
        await _cpd.RunOkAsync("plan", "link", "#1", "#1");

        var listed = (await _cpd.RunOkAsync("list")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var shown = (await _cpd.RunOkAsync("show", "#1")).Output;
        await _cpd.RunOkAsync("plan", "unlink", "#1", "#1");
        var unlinked = (await _cpd.RunOkAsync("show", "#1")).Output;

        Assert.Contains("planned    Committee shadowing", listed[0], StringComparison.Ordinal);
        Assert.Contains("unplanned  Unplanned webinar", listed[1], StringComparison.Ordinal);
        Assert.Contains("Plan:          planned: serves objective ", shown, StringComparison.Ordinal);
        Assert.Contains("Plan:          unplanned", unlinked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("json")]
    [InlineData("postgres")]
    public async Task FromNextSteps_AsObjectiveAndAsRecord_TakeTheAnswerWhole(string store)
    {
        UseStore(store);
        await _cpd.RunOkAsync("add", "--title", "Statistics meetup", "--category", "Informal");
        await _cpd.RunOkAsync("answer", "#1", "next-steps", "Take the Bayesian course\nthen teach it to the team");

        var objective = await _cpd.RunOkAsync("plan", "from-next-steps", "#1");
        var record = await _cpd.RunOkAsync("plan", "from-next-steps", "#1", "--as", "record");
        var planned = (await _cpd.RunOkAsync("show", "#2")).Output;
        var listed = (await _cpd.RunOkAsync("plan", "list")).Output;

        Assert.Contains("Set objective ", objective.Output, StringComparison.Ordinal);
        Assert.Contains(": Take the Bayesian course", objective.Output, StringComparison.Ordinal);
        Assert.Contains("Planned record ", record.Output, StringComparison.Ordinal);
        Assert.Contains("Notes:         Take the Bayesian course\nthen teach it to the team", planned,
            StringComparison.Ordinal);
        Assert.Contains("Category:      Informal", planned, StringComparison.Ordinal);
        Assert.Contains("planned: follows up record ", planned, StringComparison.Ordinal);
        Assert.Contains("Records: 2  Planned: 1 (50%)", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromNextSteps_RecordWithoutNextSteps_SaysWhatToAnswerAndCreatesNothing()
    {
        await _cpd.RunOkAsync("add", "--title", "Webinar");

        var result = await _cpd.RunAsync("plan", "from-next-steps", "#1");

        Assert.Equal(1, result.Code);
        Assert.Contains("has no answer to 'next-steps' yet", result.Error, StringComparison.Ordinal);
        Assert.Contains("No objectives yet", (await _cpd.RunOkAsync("plan", "list")).Output, StringComparison.Ordinal);
        Assert.Contains("Records: 1", (await _cpd.RunOkAsync("summary")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_OfObjectivesAddedOnAFixedToday_KeepsTheirNumbers()
    {
        string[] titles = ["Speak at a conference", "Chair a committee", "Learn Bayesian statistics", "Mentor"];
        foreach (var title in titles)
        {
            await _cpd.RunOkAsync("plan", "add", title, "--today", Today);
        }

        await _cpd.RunOkAsync("plan", "status", "#1", "achieved", "--today", Today);
        var listed = (await _cpd.RunOkAsync("plan", "list", "--today", Today)).Output;

        var lines = listed.Split('\n');
        var positions = titles
            .Select(title => Array.FindIndex(lines, line => line.Contains(title, StringComparison.Ordinal)))
            .ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("achieved", lines[positions[0]], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlink_OfALinkThatNeverWas_SaysSoAndChangesNothing()
    {
        await _cpd.RunOkAsync("plan", "add", "Chair a committee");
        await _cpd.RunOkAsync("add", "--title", "Committee shadowing");
        var before = (await _cpd.RunOkAsync("show", "#1")).Output;

        var result = await _cpd.RunOkAsync("plan", "unlink", "#1", "#1");

        Assert.Equal(
            "Committee shadowing did not serve Chair a committee; nothing changed.\n",
            result.Output.ReplaceLineEndings("\n"));
        Assert.Equal(before, (await _cpd.RunOkAsync("show", "#1")).Output);
    }

    [Fact]
    public async Task Unlink_OfALink_SaysTheRecordNoLongerServesIt()
    {
        await _cpd.RunOkAsync("plan", "add", "Chair a committee");
        await _cpd.RunOkAsync("add", "--title", "Committee shadowing");
        await _cpd.RunOkAsync("plan", "link", "#1", "#1");

        var result = await _cpd.RunOkAsync("plan", "unlink", "#1", "#1");

        Assert.Equal(
            "Committee shadowing no longer serves Chair a committee.\n", result.Output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("in-progress")]
    [InlineData("InProgress")]
    [InlineData("inprogress")]
    [InlineData("IN-PROGRESS")]
    public async Task Status_InProgressInAnySpelling_MovesTheObjective(string word)
    {
        await _cpd.RunOkAsync("plan", "add", "Chair a committee");

        var result = await _cpd.RunOkAsync("plan", "status", "#1", word);

        Assert.Equal("Chair a committee: in progress.\n", result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task StatusHelp_ShowsTheWordsItAccepts()
    {
        var help = await _cpd.RunOkAsync("plan", "status", "--help");

        Assert.Contains("<planned|in-progress|achieved|dropped>", help.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("InProgress", help.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan", "status", "#1", "finished", "'finished' is not a status")]
    [InlineData("plan", "status", "#7", "achieved", "'#7' is not an objective: use #1 to #1")]
    [InlineData("plan", "add", " ", "--target", "2027-01-01", "title")]
    [InlineData("plan", "add", "Goal", "--target", "2027-02-30", "'2027-02-30' is not a date")]
    [InlineData("plan", "review", "--outcome", " ", "outcome")]
    [InlineData("plan", "from-next-steps", "#1", "--as", "task", "task")]
    public async Task Plan_BadInput_IsOneClearErrorAndChangesNothing(params string[] args)
    {
        await _cpd.RunOkAsync("plan", "add", "Chair a committee");
        var before = (await _cpd.RunOkAsync("plan", "list")).Output;

        var result = await _cpd.RunAsync(args[..^1]);

        Assert.NotEqual(0, result.Code);
        Assert.Contains(args[^1], result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, (await _cpd.RunOkAsync("plan", "list")).Output);
    }

    private void UseStore(string store)
    {
        _cpd.Store = store;
        if (store == "postgres")
        {
            _cpd.ConnectionString = Environment.GetEnvironmentVariable("CPD_TEST_POSTGRES")
                ?? throw new InvalidOperationException(
                    "CPD_TEST_POSTGRES is not set: start a server with `eval \"$(scripts/postgres.sh start)\"`.");
            _cpd.Member = $"console-plan-{Guid.NewGuid():N}";
        }
    }
}
