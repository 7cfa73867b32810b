using Cpd.Benchmarks;
using Cpd.Benchmarks.Support;

namespace Cpd.Benchmarks.Tests;

/// <summary>The HTML report's baseline must do the same work as the library: write the very same page.</summary>
public sealed class HtmlReportBaselineTests
{
    [Fact]
    public void HandWritten_BenchmarkRecords_WritesTheTemplatesPage()
    {
        BenchmarkSizes.Smoke = true;
        var benchmark = new HtmlReportBenchmarks();
        benchmark.Setup();

        var expected = benchmark.ThroughTheTemplate();
        var actual = benchmark.HandWritten();

        var firstDifference = Enumerable.Range(0, Math.Min(expected.Length, actual.Length))
            .FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
        Assert.True(
            expected == actual,
            $"The pages differ at {firstDifference}:\nlibrary:  {Around(expected, firstDifference)}\nbaseline: {Around(actual, firstDifference)}");
    }

    private static string Around(string text, int index) =>
        text.Substring(Math.Max(0, index - 60), Math.Min(text.Length, index + 60) - Math.Max(0, index - 60));
}
