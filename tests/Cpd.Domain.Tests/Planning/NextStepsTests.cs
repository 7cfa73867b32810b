using Cpd.Domain.Frameworks;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Domain.Tests.Support;
using FsCheck.Xunit;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Planning;

public sealed class NextStepsTests
{
    private const string Answer = "Book the advanced course on data protection\nAsk my manager for study leave.";

    private readonly FakeClock _clock = TestRecords.Clock();

    [Fact]
    public void ToObjective_RecordWithNextSteps_TakesTitleFromFirstLineAndKeepsTheWholeAnswerAsWhy()
    {
        var source = Source(Answer, category: "Formal/educational");

        var objective = NextSteps.ToObjective(source, ObjectiveId.New(_clock.GetCurrentInstant()), _clock);

        Assert.Equal("Book the advanced course on data protection", objective.Title);
        Assert.Equal(Answer, objective.Details.Why);
        Assert.Equal(["Formal/educational"], objective.Details.Serves);
        Assert.Equal(ObjectiveStatus.Planned, objective.Status);
        Assert.Equal(source.MemberId, objective.MemberId);
        Assert.Equal(1, objective.Version);
    }

    [Fact]
    public void ObjectiveDetailsFrom_RecordWithoutCategory_ServesNothing()
    {
        Assert.Empty(NextSteps.ObjectiveDetailsFrom(Source(Answer)).Serves);
    }

    [Fact]
    public void PlannedRecordDetailsFrom_LinkedRecord_FollowsItUpWithItsObjectivesCategoryAndNextStepsAsNotes()
    {
        var objectives = ObjectiveSet.Of(ObjectiveId.New(_clock.GetCurrentInstant()));
        var source = Source(Answer, category: "Work-based", objectives: objectives);

        var details = NextSteps.PlannedRecordDetailsFrom(source);

        Assert.Equal("Book the advanced course on data protection", details.Title);
        Assert.Equal(Answer, details.Notes);
        Assert.Equal("Work-based", details.Category);
        Assert.Equal(objectives, details.Objectives);
        Assert.Equal(source.Id, details.FollowsUp);
        Assert.True(details.IsPlanned);
        Assert.Null(details.Hours);
        Assert.Null(details.ActivityDate);
    }

    [Fact]
    public void ToPlannedRecord_RecordWithNextSteps_CreatesAnUnansweredPlannedRecordOfTheSameMember()
    {
        var source = Source(Answer);
        var id = CpdRecordId.New(_clock.GetCurrentInstant());

        var planned = NextSteps.ToPlannedRecord(source, id, ReflectionFrameworks.Default, _clock);

        Assert.Equal(id, planned.Id);
        Assert.Equal(source.MemberId, planned.MemberId);
        Assert.Equal(CpdRecordStatus.NotStarted, planned.Status);
        Assert.True(planned.IsPlanned);
        Assert.Equal(source.Id, planned.FollowsUp);
        Assert.Equal(1, planned.Version);
    }

    [Fact]
    public void ToObjective_NoNextStepsAnswer_ThrowsMissingNamingTheRecordAndQuestion()
    {
        var source = TestRecords.Answer(TestRecords.New(_clock), _clock, "activity");

        var error = Assert.Throws<CpdNextStepsMissingException>(
            () => NextSteps.ToObjective(source, ObjectiveId.New(_clock.GetCurrentInstant()), _clock));

        Assert.Equal(source.Id, error.RecordId);
        Assert.Equal(NextSteps.QuestionKey, error.QuestionKey);
        Assert.True(error.FrameworkAsks);
        Assert.False(NextSteps.CanPlanFrom(source));
    }

    [Fact]
    public void PlannedRecordDetailsFrom_FrameworkWithoutNextSteps_ThrowsMissingSayingTheFrameworkDoesNotAsk()
    {
        var framework = new ReflectionFramework("short", 1, "Short", [new ReflectionQuestion("learning", "What?")]);
        var source = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()), TestRecords.Member, framework, TestRecords.Details(), _clock);

        var error = Assert.Throws<CpdNextStepsMissingException>(() => NextSteps.PlannedRecordDetailsFrom(source));

        Assert.False(error.FrameworkAsks);
    }

    [Fact]
    public void PlannedRecordDetailsFrom_HostQuestionKey_UsesThatAnswer()
    {
        var framework = new ReflectionFramework("host", 1, "Host", [new ReflectionQuestion("plans", "What next?")]);
        var source = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()),
            TestRecords.Member,
            framework,
            TestRecords.Details(),
            _clock,
            new Dictionary<string, string> { ["plans"] = "Shadow a senior colleague" });

        Assert.True(NextSteps.CanPlanFrom(source, "plans"));
        Assert.Equal("Shadow a senior colleague", NextSteps.PlannedRecordDetailsFrom(source, "plans").Title);
    }

    [Fact]
    public void ObjectiveDetailsFrom_BlankLinesTabsAndSpacesFirst_TitleIsTheFirstVisibleLineTidied()
    {
        var source = Source(" \n\u200B\t\n\t Read\tthe new standard  \nthen apply it");

        Assert.Equal("Read the new standard", NextSteps.ObjectiveDetailsFrom(source).Title);
    }

    [Fact]
    public void ObjectiveDetailsFrom_FirstLineTooLong_CutsAtAWordAndMarksTheCut()
    {
        var line = string.Join(' ', Enumerable.Repeat("mentoring", 40));

        var title = NextSteps.ObjectiveDetailsFrom(Source(line)).Title;

        Assert.EndsWith("mentoring…", title, StringComparison.Ordinal);
        Assert.True(title.Length <= PlanLimits.TitleMaxLength);
        Assert.StartsWith(title[..^1], line, StringComparison.Ordinal);
    }

    [Fact]
    public void PlannedRecordDetailsFrom_LongLineOfEmoji_NeverSplitsACharacter()
    {
        var line = string.Concat(Enumerable.Repeat("🧪", 300));

        var title = NextSteps.PlannedRecordDetailsFrom(Source(line)).Title;

        Assert.Equal(string.Concat(Enumerable.Repeat("🧪", CpdRecordLimits.TitleMaxLength - 1)) + "…", title);
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 300)]
    public void ObjectiveDetailsFrom_AnyNextSteps_GivesValidDetailsKeepingTheAnswerWhole(NextStepsCase sample)
    {
        var details = NextSteps.ObjectiveDetailsFrom(sample.Source);

        Assert.Empty(details.Validate());
        Assert.Equal(sample.Answer, details.Why);
        Assert.True(details.Title.EnumerateRunes().Count() <= PlanLimits.TitleMaxLength);
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 300)]
    public void PlannedRecordDetailsFrom_AnyNextSteps_GivesValidPlannedDetailsKeepingTheAnswer(NextStepsCase sample)
    {
        var details = NextSteps.PlannedRecordDetailsFrom(sample.Source);

        Assert.Empty(details.Validate());
        Assert.Equal(sample.Answer, details.Notes);
        Assert.True(details.IsPlanned);
        Assert.Equal(sample.Source.Category, details.Category);
        var shown = details.Title.TrimEnd('…');
        Assert.Contains(shown, sample.Answer.Replace('\t', ' '), StringComparison.Ordinal);
    }

    private CpdRecord Source(string nextSteps, string? category = null, ObjectiveSet? objectives = null) =>
        CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()),
            TestRecords.Member,
            ReflectionFrameworks.Default,
            TestRecords.Details() with { Category = category, Objectives = objectives ?? ObjectiveSet.None },
            _clock,
            new Dictionary<string, string> { [NextSteps.QuestionKey] = nextSteps });
}
