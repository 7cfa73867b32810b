using BenchmarkDotNet.Attributes;
using Cpd.Domain.Records;

namespace Cpd.Benchmarks;

/// <summary>One lifecycle transition through the Stateless machine, and the same status change as a switch.</summary>
[MemoryDiagnoser]
public class LifecycleTransitionBenchmarks
{
    private readonly AnswerChange _change = new("learning", HadAnswer: false, AnsweredAfter: 4, QuestionCount: 7);

    // Read from a field, not a constant, so that the compiler cannot fold the baseline away.
    private readonly CpdRecordStatus _status = CpdRecordStatus.InProgress;

    [Benchmark(Baseline = true)]
    public CpdRecordStatus PlainSwitch() => (_status, _change.AllAnswered) switch
    {
        (CpdRecordStatus.Completed, _) => CpdRecordStatus.Completed,
        (_, true) => CpdRecordStatus.Completed,
        _ => CpdRecordStatus.InProgress,
    };

    [Benchmark]
    public CpdRecordStatus StatelessMachine() => RecordLifecycle.AfterSave(_status, _change);
}
