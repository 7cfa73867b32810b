using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Tests.Records;

public sealed partial class CpdRecordTests
{
    [Fact]
    public void Restore_StateOfARecord_GivesAnEqualRecord()
    {
        var planned = TestRecords.New(_clock, reminder: ReminderDay, hours: 3.25m);
        var record = TestRecords.Answer(planned, _clock, "activity");

        var restored = CpdRecord.Restore(record.ToState());

        Assert.Equal(record, restored);
        Assert.NotSame(record, restored);
        Assert.Equal(CpdRecordStatus.InProgress, restored.Status);
    }

    [Fact]
    public void Restore_StatusIsDerivedFromTheAnswers()
    {
        var completed = TestRecords.Completed(_clock).ToState();
        var fewer = completed with
        {
            Answers = completed.Answers.Where(pair => pair.Key != "learning").ToDictionary(),
        };

        Assert.Equal(CpdRecordStatus.Completed, CpdRecord.Restore(completed).Status);
        Assert.Equal(CpdRecordStatus.InProgress, CpdRecord.Restore(fewer).Status);
        var none = completed with { Answers = new Dictionary<string, ReflectionAnswer>() };

        Assert.Equal(CpdRecordStatus.NotStarted, CpdRecord.Restore(none).Status);
    }

    [Fact]
    public void Restore_AnswerToUnknownQuestion_ThrowsUnknownQuestion()
    {
        var state = TestRecords.New(_clock).ToState();
        var tampered = state with
        {
            Answers = new Dictionary<string, ReflectionAnswer> { ["outcome"] = new("Text", TestRecords.Start, 1) },
        };

        var error = Assert.Throws<CpdValidationException>(() => CpdRecord.Restore(tampered));

        var first = error.Errors[0];
        Assert.Equal(("answers.outcome", ValidationRule.UnknownQuestion), (first.Field, first.Rule));
    }

    [Fact]
    public void Restore_InconsistentVersions_ThrowsListingEveryProblem()
    {
        var state = TestRecords.Answer(TestRecords.New(_clock), _clock, "activity").ToState();
        var tampered = state with
        {
            Answers = new Dictionary<string, ReflectionAnswer> { ["activity"] = new("Text", TestRecords.Start, 9) },
            DetailsRevision = 0,
            UpdatedAt = state.CreatedAt - Duration.FromSeconds(1),
        };

        var error = Assert.Throws<CpdValidationException>(() => CpdRecord.Restore(tampered));

        Assert.Equal(["answers.activity", "detailsRevision", "updatedAt"], error.Errors.Select(e => e.Field));
        Assert.All(error.Errors, e => Assert.Equal(ValidationRule.OutOfRange, e.Rule));
    }

    [Fact]
    public void Restore_VersionZero_Throws()
    {
        var state = TestRecords.New(_clock).ToState() with { Version = 0, DetailsRevision = 0 };

        var error = Assert.Throws<CpdValidationException>(() => CpdRecord.Restore(state));

        Assert.Contains(error.Errors, e => e.Field == "version");
    }

    [Fact]
    public void Restore_InvalidDetailsAndBlankAnswer_Throws()
    {
        var state = TestRecords.New(_clock).ToState();
        var tampered = state with
        {
            Details = state.Details with { Title = "" },
            Answers = new Dictionary<string, ReflectionAnswer> { ["activity"] = new(" ", TestRecords.Start, 1) },
        };

        var error = Assert.Throws<CpdValidationException>(() => CpdRecord.Restore(tampered));

        Assert.Equal(
            [("title", ValidationRule.Required), ("answers.activity", ValidationRule.Required)],
            error.Errors.Select(e => (e.Field, e.Rule)));
    }

    [Fact]
    public void Equals_RecordsDifferingInOneAnswer_AreNotEqual()
    {
        var record = TestRecords.Answer(TestRecords.New(_clock), _clock, "activity");
        var state = record.ToState();
        var other = CpdRecord.Restore(state with
        {
            Answers = new Dictionary<string, ReflectionAnswer> { ["activity"] = new("Other", record.UpdatedAt, 2) },
        });

        Assert.NotEqual(record, other);
        Assert.False(record.Equals((object?)null));
        Assert.True(record.Equals((object)CpdRecord.Restore(state)));
    }
}
