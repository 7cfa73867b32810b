using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Records;

namespace Cpd.Benchmarks;

/// <summary>Summarising records in memory: CpdSummary.Of, and a plain loop over the same objects.</summary>
[MemoryDiagnoser]
public class InMemorySummaryBenchmarks
{
    private CpdRecord[] _records = null!;

    [GlobalSetup]
    public void Setup()
    {
        var clock = BenchmarkRecords.NewClock();
        var member = MemberId.From("member-summary");
        _records = [.. Enumerable.Range(0, BenchmarkSizes.Scaled(1_000)).Select(i => BenchmarkRecords.New(clock, member, i))];
    }

    [Benchmark(Baseline = true)]
    public decimal PlainLoop()
    {
        int total = 0, completed = 0, inProgress = 0, notStarted = 0, overdue = 0;
        var hours = 0m;
        foreach (var record in _records)
        {
            total++;
            completed += record.Status == CpdRecordStatus.Completed ? 1 : 0;
            inProgress += record.Status == CpdRecordStatus.InProgress ? 1 : 0;
            notStarted += record.Status == CpdRecordStatus.NotStarted ? 1 : 0;
            overdue += record.Status != CpdRecordStatus.Completed && record.ReminderDate < BenchmarkRecords.Today ? 1 : 0;
            hours += record.Hours ?? 0m;
        }

        return hours + total + completed + inProgress + notStarted + overdue;
    }

    [Benchmark]
    public decimal ThroughCpdSummary()
    {
        var summary = CpdSummary.Of(_records, BenchmarkRecords.Today);
        return summary.TotalHours + summary.Total + summary.Completed + summary.InProgress + summary.NotStarted + summary.Overdue;
    }
}
