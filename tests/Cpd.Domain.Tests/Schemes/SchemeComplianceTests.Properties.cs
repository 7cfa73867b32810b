using Cpd.Domain.Records;
using Cpd.Domain.Schemes;
using FsCheck.Xunit;

namespace Cpd.Domain.Tests.Schemes;

public sealed partial class SchemeComplianceTests
{
    private static readonly RuleKind[] Minimums =
        [RuleKind.MinimumTotal, RuleKind.CategoryMinimum, RuleKind.DistinctCategories];

    [Property(Arbitrary = [typeof(SchemeArbitraries)], MaxTest = 200)]
    public void Evaluate_AddingARecord_NeverTurnsAMetMinimumIntoUnmet(SchemeCase sample)
    {
        var before = Evaluate(sample, sample.Records);
        var after = Evaluate(sample, [.. sample.Records, sample.Extra]);

        foreach (var (was, now) in before.Rules.Zip(after.Rules).Where(pair => Minimums.Contains(pair.First.Kind)))
        {
            Assert.Equal((was.Kind, was.CategoryId), (now.Kind, now.CategoryId));
            Assert.True(!was.IsMet || now.IsMet, $"{was.Message} became {now.Message}");
            Assert.True(now.Achieved >= was.Achieved, $"{was.Message} fell to {now.Message}");
        }
    }

    [Property(Arbitrary = [typeof(SchemeArbitraries)], MaxTest = 200)]
    public void Evaluate_AnyRecords_CategoryTotalsAddUpToTheTotal(SchemeCase sample)
    {
        var result = Evaluate(sample, sample.Records);
        var counted = sample.Records.Where(record => result.Counted.Contains(record.Id)).ToList();
        var earning = sample.Scheme.Definition.Earning;

        Assert.Equal(result.Total, result.Categories.Sum(tally => tally.Counted));
        Assert.Equal(counted.Sum(record => earning.For(record.Hours)), result.Categories.Sum(tally => tally.Earned));
        Assert.Equal(counted.Count, result.Categories.Sum(tally => tally.Records));
        Assert.Equal(result.CarriedForward, result.Categories.Sum(tally => tally.CarriedForward));
        Assert.All(counted, record => Assert.True(result.Cycle.Contains(record.ActivityDate!.Value)));
    }

    [Property(Arbitrary = [typeof(SchemeArbitraries)], MaxTest = 200)]
    public void Evaluate_Twice_GivesTheSameAnswerWhateverTheRecordOrder(SchemeCase sample)
    {
        var first = Evaluate(sample, sample.Records);
        var second = Evaluate(sample, [.. sample.Records.Reverse()]);

        Assert.Equal(first.Cycle, second.Cycle);
        Assert.Equal(first.Categories, second.Categories);
        Assert.Equal(first.Rules, second.Rules);
        Assert.Equal(first.Total, second.Total);
        Assert.Equal(first.Counted.OrderBy(id => id.Value), second.Counted.OrderBy(id => id.Value));
        Assert.Equal(first.Excluded.OrderBy(e => e.RecordId.Value), second.Excluded.OrderBy(e => e.RecordId.Value));
    }

    private static ComplianceResult Evaluate(SchemeCase sample, IReadOnlyList<CpdRecord> records) =>
        SchemeCompliance.Evaluate(sample.Scheme, records, sample.Membership, sample.Today);
}
