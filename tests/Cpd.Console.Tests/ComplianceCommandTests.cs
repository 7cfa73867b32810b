namespace Cpd.Console.Tests;

public sealed class ComplianceCommandTests : IDisposable
{
    private readonly ConsoleRun _cpd = new();

    public void Dispose() => _cpd.Dispose();

    [Fact]
    public async Task Schemes_ListsTheDefaultAndTheModelledSchemesWithSources()
    {
        var result = await _cpd.RunOkAsync("schemes");

        foreach (var id in new[] { "cpd-default", "acca-unit-route", "engineers-australia", "nmc-revalidation" })
        {
            Assert.Contains(id, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Cycle: 1 year(s) from 1 May; counted in credits.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Source: NMC Revalidation", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_TwoSchemesAgainstTheSampleLog_PrintsEachRuleAndWhatIsLeft()
    {
        await _cpd.RunOkAsync("import", ConsoleRun.TestData("member-log.csv"));

        var result = await _cpd.RunOkAsync(
            "compliance", "--scheme", "cpd-default", "--scheme", "nmc-revalidation",
            "--registered", "2023-11-20", "--today", "2026-12-03");

        Assert.Contains("  Cycle: 1 January 2026 to 31 December 2026", result.Output, StringComparison.Ordinal);
        Assert.Contains("  [met] Met: 84 hours of the 30 required.", result.Output, StringComparison.Ordinal);
        Assert.Contains(
            "  [not met] 20 more hours of participatory learning by 19 November 2029 (0 of 20 so far).",
            result.Output,
            StringComparison.Ordinal);
        Assert.Contains("  2 rule(s) still to meet this cycle.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_CarryForward_ShowsTheCarriedAndCappedAmounts()
    {
        await _cpd.RunOkAsync("import", ConsoleRun.TestData("member-log.csv"));

        var result = await _cpd.RunOkAsync("compliance", "--scheme", "acca-unit-route", "--today", "2026-12-03");

        Assert.Contains("  Verifiable: 82 (including 21 carried forward)", result.Output, StringComparison.Ordinal);
        Assert.Contains("  Non-verifiable: 19 (capped; 23 recorded)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_SchemeFromABodysFile_IsReadAndChecked()
    {
        await _cpd.RunOkAsync("import", ConsoleRun.TestData("member-log.csv"));
        var file = Path.Combine(_cpd.Folder, "body.json");
        await File.WriteAllTextAsync(file, """
            {
              "format": "cpd-scheme/1", "id": "body", "name": "Body", "version": 1,
              "framework": { "id": "cpd-reflection", "version": 1 },
              "unit": "records", "earning": { "per": "record", "rate": 1 },
              "cycle": { "lengthMonths": 12, "anchor": "fixed", "month": 1, "day": 1 },
              "categories": [ { "id": "all", "name": "All", "accepts": [], "minimum": 12 } ],
              "otherCategory": "all"
            }
            """, TestContext.Current.CancellationToken);

        var result = await _cpd.RunOkAsync("compliance", "--scheme-file", file, "--today", "2026-12-03");

        Assert.Contains("  [not met] 1 more record of All by 31 December 2026 (11 of 12 so far).", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_BadSchemeFile_NamesThePathAndChangesNothing()
    {
        var file = Path.Combine(_cpd.Folder, "bad.json");
        await File.WriteAllTextAsync(file, """{ "format": "cpd-scheme/9" }""", TestContext.Current.CancellationToken);

        var result = await _cpd.RunAsync("compliance", "--scheme-file", file);

        Assert.Equal(1, result.Code);
        Assert.Contains("$.format", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compliance", "--scheme", "nmc-revalidation")]
    [InlineData("compliance", "--scheme", "no-such-scheme")]
    [InlineData("compliance")]
    public async Task Compliance_MissingOrUnknownInput_IsRefusedWithTheField(params string[] args)
    {
        var result = await _cpd.RunAsync(args);

        Assert.Equal(1, result.Code);
        Assert.Matches("^cpd: (registered|scheme|--scheme): ", result.Error);
    }
}
