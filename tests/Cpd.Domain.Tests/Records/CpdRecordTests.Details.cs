using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Tests.Records;

public sealed partial class CpdRecordTests
{
    [Fact]
    public void Create_TitleWithSurroundingSpaces_StoresItTrimmed()
    {
        var record = TestRecords.New(_clock, title: "  Safety course \u00A0");

        Assert.Equal("Safety course", record.Title);
        Assert.Equal(string.Empty, record.Notes);
        Assert.Null(record.Category);
    }

    [Fact]
    public void ChangeDetails_FromCurrentRevision_ChangesDetailsAndStampsRevision()
    {
        var record = TestRecords.New(_clock);
        _clock.Advance(Duration.FromMinutes(3));
        var wanted = record.Details with { Title = "Renamed", Hours = 2.5m, Category = " Formal " };

        var changed = record.ChangeDetails(wanted, record.DetailsRevision, _clock);

        Assert.Equal("Renamed", changed.Title);
        Assert.Equal(2.5m, changed.Hours);
        Assert.Equal("Formal", changed.Category);
        Assert.Equal(2, changed.Version);
        Assert.Equal(2, changed.DetailsRevision);
        Assert.Equal(TestRecords.Start + Duration.FromMinutes(3), changed.UpdatedAt);
    }

    [Fact]
    public void ChangeDetails_ChangedInAnotherSitting_ThrowsConflictCarryingBoth()
    {
        var record = TestRecords.New(_clock);
        var seen = record.DetailsRevision;
        var fromLaptop = record.ChangeDetails(record.Details with { Title = "Laptop title" }, seen, _clock);

        var error = Assert.Throws<CpdDetailsConflictException>(
            () => fromLaptop.ChangeDetails(record.Details with { Title = "Phone title" }, seen, _clock));

        Assert.Equal("Phone title", error.Attempted.Title);
        Assert.Equal("Laptop title", error.Stored.Title);
    }

    [Fact]
    public void ChangeDetails_AfterAnAnswerWasSaved_IsNotAConflict()
    {
        var record = TestRecords.New(_clock);
        var seen = record.DetailsRevision;
        var answered = record.SaveAnswer("activity", "Answered elsewhere", CpdRecord.NoRevision, _clock);

        var changed = answered.ChangeDetails(record.Details with { Hours = 1.5m }, seen, _clock);

        Assert.Equal(1.5m, changed.Hours);
        Assert.Equal("Answered elsewhere", changed.AnswerTo("activity")!.Text);
        Assert.Equal(3, changed.DetailsRevision);
    }

    [Theory]
    [InlineData("Institute conference")]
    [InlineData("  Institute conference  ")]
    public void ChangeDetails_SameDetailsOnceTrimmed_ReturnsSameRecord(string title)
    {
        var record = TestRecords.New(_clock);

        var unchanged = record.ChangeDetails(record.Details with { Title = title }, 99, _clock);

        Assert.Same(record, unchanged);
    }

    [Fact]
    public void ChangeDetails_Invalid_ThrowsListingEveryProblem()
    {
        var record = TestRecords.New(_clock);
        var wanted = record.Details with { Title = " ", Hours = -1m, ReminderDate = new LocalDate(1800, 1, 1) };

        var error = Assert.Throws<CpdValidationException>(
            () => record.ChangeDetails(wanted, record.DetailsRevision, _clock));

        Assert.Equal(["title", "hours", "reminderDate"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void ChangeDetails_ClockSetBack_UpdatedAtDoesNotGoBackwards()
    {
        var record = TestRecords.New(_clock);
        _clock.Reset(TestRecords.Start - Duration.FromHours(5));

        var changed = record.ChangeDetails(record.Details with { Title = "Later" }, record.DetailsRevision, _clock);

        Assert.Equal(record.UpdatedAt, changed.UpdatedAt);
        Assert.Equal(2, changed.Version);
    }
}
