using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Storage.InMemory;
using Cpd.Storage.Planning;
using Cpd.Storage.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Storage.Tests.Planning;

public sealed partial class CpdPlannerTests
{
    private const string NextStepsAnswer = "Enrol on the statistics module\nthen mentor a junior colleague.";

    private readonly InMemoryCpdRecordStore _store = new();
    private readonly FakeClock _clock = TestData.Clock();
    private readonly CpdJournal _journal;
    private readonly CpdPlanner _planner;

    public CpdPlannerTests()
    {
        _journal = new CpdJournal(_store, _clock);
        _planner = new CpdPlanner(_store, _journal, _clock);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SetObjectiveAsync_ValidDetails_StoresItAtVersionOneInTheMembersPlan()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal("  Chair a committee "), Cancel);

        Assert.Equal("Chair a committee", objective.Title);
        Assert.Equal(1, objective.Version);
        Assert.Equal([objective], await _planner.ListObjectivesAsync(TestData.Alice, Cancel));
        Assert.Empty(await _planner.ListObjectivesAsync(TestData.Bob, Cancel));
    }

    [Fact]
    public async Task SetObjectiveAsync_BlankTitle_ThrowsNamingTheFieldAndStoresNothing()
    {
        var error = await Assert.ThrowsAsync<CpdValidationException>(
            () => _planner.SetObjectiveAsync(TestData.Alice, Goal(" "), Cancel));

        Assert.Equal(ObjectiveFields.Title, error.Errors[0].Field);
        Assert.Empty(await _planner.ListObjectivesAsync(TestData.Alice, Cancel));
    }

    [Fact]
    public async Task ChangeObjectiveAsync_FromTheCurrentVersion_StoresTheChange()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);
        var wanted = objective.Details with { Why = "My role asks for it.", TargetDate = new LocalDate(2027, 6, 30) };

        var changed = await _planner.ChangeObjectiveAsync(TestData.Alice, objective.Id, wanted, 1, Cancel);

        Assert.Equal(2, changed.Version);
        Assert.Equal(wanted, changed.Details);
        Assert.Equal(changed, await _planner.GetObjectiveAsync(TestData.Alice, objective.Id, Cancel));
    }

    [Fact]
    public async Task ChangeObjectiveAsync_StaleVersion_ThrowsConflictWithBothVersionsAndChangesNothing()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);
        var stored = await _planner.ChangeObjectiveAsync(
            TestData.Alice, objective.Id, Goal("Chair the membership committee"), 1, Cancel);

        var conflict = await Assert.ThrowsAsync<CpdObjectiveConflictException>(
            () => _planner.ChangeObjectiveAsync(
                TestData.Alice, objective.Id, Goal("Chair a working group"), 1, Cancel));

        Assert.Equal("Chair a working group", conflict.Attempted.Title);
        Assert.Equal(stored.Details, conflict.Stored);
        Assert.Equal(stored, await _planner.GetObjectiveAsync(TestData.Alice, objective.Id, Cancel));
    }

    [Fact]
    public async Task ChangeObjectiveAsync_RivalWritesBetweenReadAndWrite_ThrowsConflictCarryingTheRivalsVersion()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);
        var rivalDetails = Goal("The rival's title");
        var rivalPlanner = new CpdPlanner(_store, _journal, _clock);
        var plans = new RivalPlanStore(
            _store, () => rivalPlanner.ChangeObjectiveAsync(TestData.Alice, objective.Id, rivalDetails, 1, Cancel));
        var planner = new CpdPlanner(plans, _journal, _clock);

        var conflict = await Assert.ThrowsAsync<CpdObjectiveConflictException>(
            () => planner.ChangeObjectiveAsync(TestData.Alice, objective.Id, Goal("Mine"), 1, Cancel));

        Assert.Equal(rivalDetails, conflict.Stored);
        var stored = await _planner.GetObjectiveAsync(TestData.Alice, objective.Id, Cancel);
        Assert.Equal("The rival's title", stored.Title);
    }

    [Fact]
    public async Task ChangeObjectiveAsync_AnotherMembersObjective_ThrowsNotFoundAndChangesNothing()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);

        var error = await Assert.ThrowsAsync<CpdObjectiveNotFoundException>(
            () => _planner.ChangeObjectiveAsync(TestData.Bob, objective.Id, Goal("Not mine"), 1, Cancel));

        Assert.Equal(objective.Id, error.ObjectiveId);
        Assert.Equal(objective, await _planner.GetObjectiveAsync(TestData.Alice, objective.Id, Cancel));
    }

    [Fact]
    public async Task ChangeObjectiveStatusAsync_Achieved_KeepsTheRestOfTheDetails()
    {
        var objective = await _planner.SetObjectiveAsync(
            TestData.Alice, Goal() with { Why = "Promotion", Serves = ["Leadership"] }, Cancel);

        var achieved = await _planner.ChangeObjectiveStatusAsync(
            TestData.Alice, objective.Id, ObjectiveStatus.Achieved, 1, Cancel);

        Assert.Equal(objective.Details with { Status = ObjectiveStatus.Achieved }, achieved.Details);
        Assert.False(achieved.IsOpen);
    }

    [Fact]
    public async Task ChangeObjectiveStatusAsync_StaleVersion_ThrowsConflict()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);
        await _planner.ChangeObjectiveStatusAsync(TestData.Alice, objective.Id, ObjectiveStatus.InProgress, 1, Cancel);

        await Assert.ThrowsAsync<CpdObjectiveConflictException>(
            () => _planner.ChangeObjectiveStatusAsync(
                TestData.Alice, objective.Id, ObjectiveStatus.Dropped, 1, Cancel));
    }

    [Fact]
    public async Task ReviewPlanAsync_ValidOutcome_KeepsItInTheHistoryExactly()
    {
        const string Outcome = "Met with my mentor.\n\tKeep the statistics goal; drop the committee one.";

        var review = await _planner.ReviewPlanAsync(TestData.Alice, new LocalDate(2026, 12, 1), Outcome, Cancel);

        Assert.Equal(Outcome, review.Outcome);
        Assert.Equal([review], await _planner.ListReviewsAsync(TestData.Alice, Cancel));
        Assert.Empty(await _planner.ListReviewsAsync(TestData.Bob, Cancel));
    }

    [Fact]
    public async Task ReviewPlanAsync_BlankOutcome_ThrowsNamingTheFieldAndStoresNothing()
    {
        var error = await Assert.ThrowsAsync<CpdValidationException>(
            () => _planner.ReviewPlanAsync(TestData.Alice, new LocalDate(2026, 12, 1), " \n ", Cancel));

        Assert.Equal(ObjectiveFields.Outcome, error.Errors[0].Field);
        Assert.Empty(await _planner.ListReviewsAsync(TestData.Alice, Cancel));
    }

    private static ObjectiveDetails Goal(string title = "Chair a committee") => new() { Title = title };

    private async Task<CpdRecord> AnsweredRecordAsync(string title = "Data science meetup", string? category = null)
    {
        var record = await _journal.AddRecordAsync(
            TestData.Alice, TestData.Details(title) with { Category = category, Hours = 2m }, Cancel);
        return await _journal.SaveAnswerAsync(
            TestData.Alice, record.Id, NextSteps.QuestionKey, NextStepsAnswer, CpdRecord.NoRevision, Cancel);
    }
}
