using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Reporting;
using NodaTime;

namespace Cpd.Benchmarks;

/// <summary>
/// The HTML report of 1,000 records: through the Scriban template, and the same page hand-written with a
/// StringBuilder (<see cref="HandWrittenHtmlReport"/>).
/// </summary>
[MemoryDiagnoser]
public class HtmlReportBenchmarks
{
    private static readonly MemberId Member = MemberId.From("member-report");
    private readonly CpdReportRenderer _renderer = new();
    private readonly HandWrittenHtmlReport _handWritten = new();
    private CpdReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var clock = BenchmarkRecords.NewClock();
        _report = new CpdReport
        {
            MemberId = Member,
            MemberName = "A. Member",
            Records = [.. Enumerable.Range(0, BenchmarkSizes.ReportRecords).Select(i => BenchmarkRecords.New(clock, Member, i))],
            MemberToday = BenchmarkRecords.Today,
            TimeZone = DateTimeZoneProviders.Tzdb["Europe/London"],
            GeneratedAt = clock.GetCurrentInstant(),
        };
    }

    [Benchmark(Baseline = true)]
    public string HandWritten() => _handWritten.Render(_report);

    [Benchmark]
    public string ThroughTheTemplate() => _renderer.Render(_report, CpdReportFormat.Html, CpdReportOptions.Default);
}
