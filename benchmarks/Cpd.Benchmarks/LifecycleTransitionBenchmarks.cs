using BenchmarkDotNet.Attributes;
using Cpd.Domain.Records;

namespace Cpd.Benchmarks;

/// <summary>One lifecycle transition through the Stateless machine, and the same status change as a switch.</summary>
[MemoryDiagnoser]
public class LifecycleTransitionBenchmarks
{
    private readonly AnswerChange _change = new("learning", HadAnswer: false, AnsweredAfter: 4, QuestionCount: 7);

    [Benchmark(Baseline = true)]
    public CpdRecordStatus PlainSwitch() => (CpdRecordStatus.InProgress, _change.AllAnswered) switch
    {
        (CpdRecordStatus.Completed, _) => CpdRecordStatus.Completed,
        (_, true) => CpdRecordStatus.Completed,
        _ => CpdRecordStatus.InProgress,
    };

    [Benchmark]
    public CpdRecordStatus StatelessMachine() => RecordLifecycle.AfterSave(CpdRecordStatus.InProgress, _change);
}
