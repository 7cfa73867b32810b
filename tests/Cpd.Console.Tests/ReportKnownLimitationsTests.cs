namespace Cpd.Console.Tests;

/// <summary>Pins today's behaviour for the console entries of docs/known-limitations.md about reports.</summary>
public sealed class ReportKnownLimitationsTests : IDisposable
{
    private readonly ConsoleRun _cpd = new();

    public void Dispose() => _cpd.Dispose();

    [Fact]
    public async Task Import_OfACsvReport_IsRefusedForItsExtraColumns()
    {
        await _cpd.RunOkAsync("add", "--title", "Reading");
        var report = Path.Combine(_cpd.Folder, "report.csv");
        await _cpd.RunOkAsync("report", "--format", "csv", "-o", report);

        var result = await _cpd.RunAsync("import", report);

        Assert.Equal(1, result.Code);
        Assert.Contains("'Id' is not a column of a CPD log", result.Error, StringComparison.Ordinal);
    }
}
