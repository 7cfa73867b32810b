using Cpd.Domain.Frameworks;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Domain.Tests.Support;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Planning;

public sealed class PlanProgressTests
{
    private static readonly LocalDate Today = new(2026, 12, 3);

    private readonly FakeClock _clock = new(TestRecords.Start, Duration.FromSeconds(1));

    [Fact]
    public void Of_NothingYet_CountsNothingAndHasNoShare()
    {
        var progress = PlanProgress.Of(TestRecords.Member, [], [], [], Today);

        Assert.Empty(progress.Objectives);
        Assert.All(progress.ObjectivesByStatus.Values, count => Assert.Equal(0, count));
        Assert.Equal(4, progress.ObjectivesByStatus.Count);
        Assert.Equal(0, progress.TotalRecords);
        Assert.Null(progress.PlannedShare);
        Assert.Null(progress.PlannedHoursShare);
        Assert.Null(progress.LastReview);
    }

    [Fact]
    public void Of_PlanWithLinkedAndUnlinkedRecords_CountsEachObjectiveAndThePlannedShare()
    {
        var speaking = Objective("Speak at a conference", Today.PlusDays(-1), ObjectiveStatus.InProgress);
        var statistics = Objective("Learn Bayesian statistics", Today, ObjectiveStatus.Planned);
        var ethics = Objective("Refresh research ethics", Today.PlusDays(-9), ObjectiveStatus.Achieved);
        var talk = Record("Rehearsal", 2m, ObjectiveSet.Of(speaking.Id, statistics.Id), complete: true);
        var course = Record("Online course", 6m, ObjectiveSet.Of(statistics.Id));
        var followUp = Record("Follow-up reading", 1.5m, followsUp: talk.Id);
        var unplanned = Record("Corridor chat", 0.5m);

        var progress = PlanProgress.Of(
            TestRecords.Member, [speaking, statistics, ethics], [talk, course, followUp, unplanned], [], Today);

        Assert.Equal(
            [new ObjectiveProgress(speaking, 1, 1, 2m, true), new ObjectiveProgress(statistics, 2, 1, 8m, false),
                new ObjectiveProgress(ethics, 0, 0, 0m, false)],
            progress.Objectives);
        Assert.Equal([speaking], progress.Overdue);
        Assert.Equal(1, progress.ObjectivesByStatus[ObjectiveStatus.Planned]);
        Assert.Equal(1, progress.ObjectivesByStatus[ObjectiveStatus.InProgress]);
        Assert.Equal(1, progress.ObjectivesByStatus[ObjectiveStatus.Achieved]);
        Assert.Equal(0, progress.ObjectivesByStatus[ObjectiveStatus.Dropped]);
        Assert.Equal((3, 1, 9.5m, 0.5m), (progress.PlannedRecords, progress.UnplannedRecords,
            progress.PlannedHours, progress.UnplannedHours));
        Assert.Equal(0.75m, progress.PlannedShare);
        Assert.Equal(0.95m, progress.PlannedHoursShare);
    }

    [Fact]
    public void Of_SeveralReviews_LastReviewIsTheLatestByDateThenRecording()
    {
        var later = PlanReview.Record(TestRecords.Member, Today, "Second look the same day", _clock);
        var earlier = PlanReview.Record(TestRecords.Member, Today.PlusDays(-30), "Recorded last, held first", _clock);
        var earlierClock = new FakeClock(TestRecords.Start - Duration.FromHours(1));
        var first = PlanReview.Record(TestRecords.Member, Today, "First look", earlierClock);

        var progress = PlanProgress.Of(TestRecords.Member, [], [], [later, earlier, first], Today);

        Assert.Equal(later, progress.LastReview);
    }

    [Fact]
    public void Of_RecordOfAnotherMember_ThrowsNamingTheRecords()
    {
        var stranger = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()),
            MemberId.From("someone-else"),
            ReflectionFrameworks.Default,
            TestRecords.Details(),
            _clock);

        var error = Assert.Throws<ArgumentException>(
            () => PlanProgress.Of(TestRecords.Member, [], [stranger], [], Today));

        Assert.Equal("records", error.ParamName);
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 200)]
    public void Of_AnyPlan_PlannedAndUnplannedAddUpToEveryRecordAndHour(MemberPlan plan)
    {
        var progress = PlanProgress.Of(TestRecords.Member, plan.Objectives, plan.Records, [], plan.Today);

        Assert.Equal(plan.Records.Count, progress.PlannedRecords + progress.UnplannedRecords);
        Assert.Equal(plan.Records.Count(record => record.IsPlanned), progress.PlannedRecords);
        Assert.Equal(plan.Records.Sum(record => record.Hours ?? 0m), progress.TotalHours);
        Assert.True(progress.PlannedShare is null or >= 0m and <= 1m);
    }

    [Property(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 200)]
    public void Of_AnyPlan_ObjectiveCountsAddUpAndOnlyOpenOnesFallOverdue(MemberPlan plan)
    {
        var progress = PlanProgress.Of(TestRecords.Member, plan.Objectives, plan.Records, [], plan.Today);

        Assert.Equal(plan.Objectives.Count, progress.ObjectivesByStatus.Values.Sum());
        Assert.Equal(plan.Objectives.Select(o => o.Id), progress.Objectives.Select(entry => entry.Objective.Id));
        Assert.All(progress.Overdue, objective => Assert.True(objective.IsOpen && objective.TargetDate < plan.Today));
        Assert.All(progress.Objectives, entry => Assert.Equal(
            plan.Records.Count(record => record.Objectives.Contains(entry.Objective.Id)), entry.Records));
        Assert.All(progress.Objectives, entry => Assert.InRange(entry.CompletedRecords, 0, entry.Records));
    }

    private DevelopmentObjective Objective(string title, LocalDate target, ObjectiveStatus status) =>
        DevelopmentObjective.Create(
            ObjectiveId.New(_clock.GetCurrentInstant()),
            TestRecords.Member,
            new ObjectiveDetails { Title = title, TargetDate = target, Status = status },
            _clock);

    private CpdRecord Record(
        string title,
        decimal hours,
        ObjectiveSet? objectives = null,
        CpdRecordId? followsUp = null,
        bool complete = false) =>
        CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()),
            TestRecords.Member,
            ReflectionFrameworks.Default,
            new CpdRecordDetails
            {
                Title = title, Hours = hours, Objectives = objectives ?? ObjectiveSet.None, FollowsUp = followsUp,
            },
            _clock,
            complete ? TestRecords.AllAnswers() : null);
}
