using Cpd.Domain.Records;
using Cpd.Domain.Tests.Support;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Records;

public sealed class CpdSummaryTests
{
    private static readonly LocalDate Today = new(2026, 12, 3);

    private readonly FakeClock _clock = TestRecords.Clock();

    [Fact]
    public void Of_NoRecords_IsEmpty()
    {
        Assert.Equal(CpdSummary.Empty, CpdSummary.Of([], Today));
        Assert.Equal(new CpdSummary(0, 0, 0, 0, 0, 0m), CpdSummary.Empty);
    }

    [Fact]
    public void Of_MixedRecords_CountsEachStateOverdueAndHours()
    {
        CpdRecord[] records =
        [
            TestRecords.New(_clock, reminder: Today.PlusDays(-1), hours: 1.5m),
            TestRecords.New(_clock, reminder: Today, hours: 2m),
            TestRecords.Answer(TestRecords.New(_clock, reminder: Today.PlusDays(-30)), _clock, "activity"),
            TestRecords.Answer(TestRecords.New(_clock, hours: 0.25m), _clock, "activity", "purpose"),
            TestRecords.Completed(_clock, reminder: Today.PlusDays(-5)),
            TestRecords.New(_clock, hours: 7.75m, answers: TestRecords.AllAnswers()),
        ];

        var summary = CpdSummary.Of(records, Today);

        var expected = new CpdSummary(
            Total: 6, Completed: 2, InProgress: 2, NotStarted: 2, Overdue: 2, TotalHours: 11.5m);
        Assert.Equal(expected, summary);
    }

    [Fact]
    public void Add_OneRecord_IsTheSameAsOfWithThatRecord()
    {
        var record = TestRecords.New(_clock, reminder: Today.PlusDays(-2), hours: 4m);

        Assert.Equal(CpdSummary.Of([record], Today), CpdSummary.Empty.Add(record, Today));
    }

    [Fact]
    public void Of_SameRecordsOnALaterDay_CountsMoreOverdue()
    {
        CpdRecord[] records =
            [TestRecords.New(_clock, reminder: Today), TestRecords.New(_clock, reminder: Today.PlusDays(1))];

        Assert.Equal(0, CpdSummary.Of(records, Today).Overdue);
        Assert.Equal(1, CpdSummary.Of(records, Today.PlusDays(1)).Overdue);
        Assert.Equal(2, CpdSummary.Of(records, Today.PlusDays(2)).Overdue);
    }

    [Property(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 200)]
    public void Of_AnyRecordsOnAnyDayInAnyZone_AddsUp(MemberRecords member)
    {
        var today = MemberTimeZone.Today(new FakeClock(member.Day.Now), member.Day.Zone);

        var summary = CpdSummary.Of(member.Records, today);

        Assert.Equal(member.Records.Count, summary.Total);
        Assert.Equal(summary.Total, summary.Completed + summary.InProgress + summary.NotStarted);
        Assert.Equal(member.Records.Count(r => r.Status == CpdRecordStatus.Completed), summary.Completed);
        Assert.Equal(member.Records.Count(r => r.Answers.Count == 0), summary.NotStarted);
        Assert.Equal(
            member.Records.Count(r => r.Status != CpdRecordStatus.Completed && r.ReminderDate < today),
            summary.Overdue);
        Assert.Equal(member.Records.Sum(r => r.Hours ?? 0m), summary.TotalHours);
    }
}
