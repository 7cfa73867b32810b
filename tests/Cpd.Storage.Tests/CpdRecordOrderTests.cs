using Cpd.Domain.Records;
using Cpd.Domain.Tests.Support;
using Cpd.Storage.Tests.Support;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Storage.Tests;

public sealed class CpdRecordOrderTests
{
    private readonly FakeClock _clock = new(TestData.Start);

    [Fact]
    public void Compare_DatedRecords_OldestActivityFirst()
    {
        var older = TestData.Record(TestData.Alice, _clock, activity: new LocalDate(2025, 3, 1));
        var newer = TestData.Record(TestData.Alice, _clock, activity: new LocalDate(2026, 3, 1));

        Assert.True(CpdRecordOrder.Instance.Compare(older, newer) < 0);
        Assert.True(CpdRecordOrder.Instance.Compare(newer, older) > 0);
    }

    [Fact]
    public void Compare_UndatedRecord_ComesAfterEveryDatedOne()
    {
        var undated = TestData.Record(TestData.Alice, _clock);
        var dated = TestData.Record(TestData.Alice, _clock, activity: new LocalDate(2199, 12, 31));

        Assert.True(CpdRecordOrder.Instance.Compare(undated, dated) > 0);
    }

    [Fact]
    public void Compare_SameDate_EarlierCreatedFirst()
    {
        var first = TestData.Record(TestData.Alice, _clock, "First", new LocalDate(2026, 1, 1));
        _clock.Advance(Duration.FromMinutes(1));
        var second = TestData.Record(TestData.Alice, _clock, "Second", new LocalDate(2026, 1, 1));

        Assert.True(CpdRecordOrder.Instance.Compare(first, second) < 0);
    }

    [Fact]
    public void Compare_SameDateAndCreation_OrdersByIdAsItsTextSorts()
    {
        var records = Enumerable.Range(0, 20).Select(_ => TestData.Record(TestData.Alice, _clock)).ToList();

        var ordered = records.Order(CpdRecordOrder.Instance).Select(r => r.Id.ToString());

        Assert.Equal(records.Select(r => r.Id.ToString()).Order(StringComparer.Ordinal), ordered);
    }

    [Fact]
    public void Compare_NullsAndSameRecord_AreHandled()
    {
        var record = TestData.Record(TestData.Alice, _clock);

        Assert.Equal(0, CpdRecordOrder.Instance.Compare(record, record));
        Assert.Equal(0, CpdRecordOrder.Instance.Compare(null, null));
        Assert.True(CpdRecordOrder.Instance.Compare(null, record) < 0);
        Assert.True(CpdRecordOrder.Instance.Compare(record, null) > 0);
    }

    [Property(Arbitrary = [typeof(StorageArbitraries), typeof(DomainArbitraries)], MaxTest = 100)]
    public void Compare_AnyRecords_IsATotalOrderConsistentWithItsRules(StoredRecords stored)
    {
        var order = CpdRecordOrder.Instance;
        var sorted = stored.Records.Order(order).ToList();

        foreach (var (a, b) in sorted.Zip(sorted.Skip(1)))
        {
            Assert.True(order.Compare(a, b) < 0, $"{a.Id} and {b.Id} compare as equal or reversed");
            Assert.True(order.Compare(b, a) > 0);
            var datesInOrder = a.ActivityDate is null
                ? b.ActivityDate is null
                : b.ActivityDate is null || a.ActivityDate <= b.ActivityDate;
            Assert.True(datesInOrder, $"{a.ActivityDate} comes before {b.ActivityDate}");
        }
    }
}
