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

    [Fact]
    public async Task Compliance_RegisteredAfterToday_NamesTheOptionTheSchemeAndTheFirstCycle()
    {
        var result = await _cpd.RunAsync(
            "compliance", "--scheme", "engineers-australia", "--registered", "2027-01-01", "--today", "2026-12-03");

        Assert.Equal(1, result.Code);
        Assert.Equal(
            "cpd: --registered: 2027-01-01 puts your first cycle of engineers-australia on 2027-01-01, after today " +
            "(2026-12-03): check the date you registered, or --today.\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Compliance_RegistrationAnchoredSchemeWithoutRegistered_SaysWhyAndNamesTheScheme()
    {
        var result = await _cpd.RunAsync("compliance", "--scheme", "nmc-revalidation");

        Assert.Equal(1, result.Code);
        Assert.StartsWith(
            "cpd: --registered: nmc-revalidation counts its cycles from the date you registered",
            result.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_FixedMultiYearSchemeWithoutRegistered_GivesTheTrueReasonAndTheScheme()
    {
        var file = await WriteSchemeFileAsync(
            "triennial", """{ "lengthMonths": 36, "anchor": "fixed", "month": 7, "day": 1 }""");

        var result = await _cpd.RunAsync("compliance", "--scheme-file", file, "--today", "2026-12-03");

        Assert.Equal(1, result.Code);
        Assert.StartsWith(
            "cpd: --registered: triennial has cycles of 3 year(s) from 1 July, which do not fit a calendar year",
            result.Error,
            StringComparison.Ordinal);
        Assert.DoesNotContain("counts its cycles from", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_SchemeFileThatIsMissingOrAFolder_SaysWhichInPlainWords()
    {
        var missing = Path.Combine(_cpd.Folder, "nonexistent.json");

        var absent = await _cpd.RunAsync("compliance", "--scheme-file", missing);
        var folder = await _cpd.RunAsync("compliance", "--scheme-file", _cpd.Folder);

        Assert.Equal(1, absent.Code);
        Assert.Equal($"cpd: --scheme-file: no file at '{missing}'.\n", absent.Error.ReplaceLineEndings("\n"));
        Assert.Equal(1, folder.Code);
        Assert.Equal(
            $"cpd: --scheme-file: '{_cpd.Folder}' is a folder, not a scheme file.\n",
            folder.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("summary", "--scheme", "nope")]
    [InlineData("summary", "--scheme", "nmc-revalidation")]
    [InlineData("summary", "--scheme", "cpd-default", "--registered", "2027-01-01", "--today", "2026-12-03")]
    public async Task Summary_WithASchemeRefused_PrintsNothingAndFails(params string[] args)
    {
        await _cpd.RunOkAsync("add", "--title", "Reading");

        var result = await _cpd.RunAsync(args);

        Assert.Equal(1, result.Code);
        Assert.Empty(result.Output);
        Assert.Matches("^cpd: (--registered|--scheme): ", result.Error);
    }

    [Theory]
    [InlineData("compliance", "--scheme", "nmc-revalidation")]
    [InlineData("compliance", "--scheme", "no-such-scheme")]
    [InlineData("compliance")]
    public async Task Compliance_MissingOrUnknownInput_IsRefusedWithTheField(params string[] args)
    {
        var result = await _cpd.RunAsync(args);

        Assert.Equal(1, result.Code);
        Assert.Matches("^cpd: (--registered|--scheme): ", result.Error);
    }

    private async Task<string> WriteSchemeFileAsync(string id, string cycle)
    {
        var file = Path.Combine(_cpd.Folder, id + ".json");
        await File.WriteAllTextAsync(file, $$"""
            {
              "format": "cpd-scheme/1", "id": "{{id}}", "name": "Body", "version": 1,
              "framework": { "id": "cpd-reflection", "version": 1 },
              "unit": "records", "earning": { "per": "record", "rate": 1 },
              "cycle": {{cycle}},
              "categories": [ { "id": "all", "name": "All", "accepts": [], "minimum": 12 } ],
              "otherCategory": "all"
            }
            """, TestContext.Current.CancellationToken);
        return file;
    }
}
