using NodaTime;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Records;

public sealed partial class CpdRecordTests
{
    private static readonly LocalDate ReminderDay = new(2026, 12, 3);

    [Fact]
    public void IsOverdueOn_TheReminderDateItself_IsNotOverdue()
    {
        var record = TestRecords.New(_clock, reminder: ReminderDay);

        Assert.False(record.IsOverdueOn(ReminderDay));
        Assert.False(record.IsOverdueOn(ReminderDay.PlusDays(-1)));
    }

    [Fact]
    public void IsOverdueOn_TheDayAfterTheReminder_IsOverdue()
    {
        var notStarted = TestRecords.New(_clock, reminder: ReminderDay);
        var inProgress = TestRecords.Answer(notStarted, _clock, "activity");

        Assert.True(notStarted.IsOverdueOn(ReminderDay.PlusDays(1)));
        Assert.True(inProgress.IsOverdueOn(ReminderDay.PlusDays(1)));
        Assert.True(inProgress.IsOverdueOn(ReminderDay.PlusYears(3)));
    }

    [Fact]
    public void IsOverdueOn_CompletedRecord_IsNeverOverdue()
    {
        var record = TestRecords.Completed(_clock, reminder: ReminderDay);

        Assert.False(record.IsOverdueOn(ReminderDay.PlusDays(1)));
        Assert.False(record.IsOverdueOn(ReminderDay.PlusYears(10)));
    }

    [Fact]
    public void IsOverdueOn_RecordWithoutReminder_IsNeverOverdue()
    {
        var record = TestRecords.New(_clock);

        Assert.False(record.IsOverdueOn(new LocalDate(2199, 12, 31)));
    }

    [Fact]
    public void IsOverdueOn_CompletedThenAnswerCleared_IsOverdueAgain()
    {
        var record = TestRecords.Completed(_clock, reminder: ReminderDay);

        var reopened = record.ClearAnswer("purpose", record.AnswerTo("purpose")!.Revision, _clock);

        Assert.True(reopened.IsOverdueOn(ReminderDay.PlusDays(1)));
    }

    [Theory]
    [InlineData("2026-12-03T23:30:00Z", "Pacific/Auckland", true)]
    [InlineData("2026-12-03T23:30:00Z", "Europe/London", false)]
    [InlineData("2026-12-04T05:00:00Z", "America/Los_Angeles", false)]
    [InlineData("2026-12-04T08:00:00Z", "America/Los_Angeles", true)]
    [InlineData("2026-12-04T00:00:00Z", "Europe/London", true)]
    [InlineData("2026-12-03T10:59:59Z", "Pacific/Auckland", false)]
    [InlineData("2026-12-03T11:00:00Z", "Pacific/Auckland", true)]
    public void IsOverdueOn_MembersLocalDate_DecidesWhetherTheReminderHasPassed(
        string instant, string zoneId, bool overdue)
    {
        var record = TestRecords.New(_clock, reminder: ReminderDay);
        var now = new FakeClock(NodaTime.Text.InstantPattern.General.Parse(instant).Value);

        var memberToday = MemberTimeZone.Today(now, MemberTimeZone.Resolve(zoneId));

        Assert.Equal(overdue, record.IsOverdueOn(memberToday));
    }
}
