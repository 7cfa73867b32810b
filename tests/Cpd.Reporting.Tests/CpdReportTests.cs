using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Reporting.Tests;

public sealed class CpdReportTests
{
    private readonly FakeClock _clock = TestRecords.NewClock();

    [Fact]
    public void Summary_RecordsOnTheMembersDate_CountsEachStatusOverdueAndHours()
    {
        CpdRecord[] records =
        [
            TestRecords.Create(1, new() { Title = "Done", Hours = 14m }, _clock, TestRecords.Answers(7, "A")),
            TestRecords.Create(
                2, new() { Title = "Late", Hours = 2.5m, ReminderDate = new LocalDate(2026, 6, 30) }, _clock,
                TestRecords.Answers(1, "B")),
            TestRecords.Create(3, new() { Title = "Due today", ReminderDate = new LocalDate(2026, 7, 1) }, _clock),
        ];

        var summary = TestRecords.Report(records, _clock).Summary;

        Assert.Equal(new CpdSummary(3, 1, 1, 1, 1, 16.5m), summary);
    }

    [Fact]
    public void Summary_LaterMemberDate_CountsMoreOverdue()
    {
        var details = new CpdRecordDetails { Title = "Due today", ReminderDate = new LocalDate(2026, 7, 1) };
        var record = TestRecords.Create(1, details, _clock);
        var report = TestRecords.Report([record], _clock);

        var tomorrow = report with { MemberToday = new LocalDate(2026, 7, 2) };

        Assert.Equal(0, report.Summary.Overdue);
        Assert.Equal(1, tomorrow.Summary.Overdue);
    }
}
