using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Storage.Planning;
using Cpd.Storage.Tests.Support;
using NodaTime;

namespace Cpd.Storage.Tests.Planning;

public sealed partial class CpdPlannerTests
{
    [Fact]
    public async Task LinkRecordAsync_OwnObjective_RecordServesItAndCountsAsPlanned()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);

        var linked = await _planner.LinkRecordAsync(TestData.Alice, record.Id, objective.Id, Cancel);

        Assert.Equal(ObjectiveSet.Of(objective.Id), linked.Objectives);
        Assert.True(linked.IsPlanned);
        Assert.Equal(linked, await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task LinkRecordAsync_AnotherMembersObjective_ThrowsNotFoundAndChangesNothing()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Bob, Goal(), Cancel);
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);

        await Assert.ThrowsAsync<CpdObjectiveNotFoundException>(
            () => _planner.LinkRecordAsync(TestData.Alice, record.Id, objective.Id, Cancel));

        Assert.Equal(record, await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task LinkRecordAsync_AnotherMembersRecord_ThrowsRecordNotFound()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);
        var record = await _journal.AddRecordAsync(TestData.Bob, TestData.Details(), Cancel);

        await Assert.ThrowsAsync<CpdRecordNotFoundException>(
            () => _planner.LinkRecordAsync(TestData.Alice, record.Id, objective.Id, Cancel));
    }

    [Fact]
    public async Task LinkRecordAsync_AlreadyLinked_LeavesTheRecordAtItsVersion()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        var linked = await _planner.LinkRecordAsync(TestData.Alice, record.Id, objective.Id, Cancel);

        var again = await _planner.LinkRecordAsync(TestData.Alice, record.Id, objective.Id, Cancel);

        Assert.Equal(linked.Version, again.Version);
    }

    [Fact]
    public async Task LinkRecordAsync_DetailsChangedBetweenReadAndWrite_KeepsTheirChangeAndAddsTheLink()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        var rivalDetails = record.Details with { Title = "Renamed in another tab", Hours = 3m };
        var records = new RivalRecordStore(
            _store, () => _journal.ChangeDetailsAsync(TestData.Alice, record.Id, rivalDetails, 1, Cancel));
        var planner = new CpdPlanner(_store, new CpdJournal(records, _clock), _clock);

        var linked = await planner.LinkRecordAsync(TestData.Alice, record.Id, objective.Id, Cancel);

        Assert.Equal(rivalDetails with { Objectives = ObjectiveSet.Of(objective.Id) }, linked.Details);
        Assert.Equal(linked, await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task LinkRecordAsync_AnswerSavedBetweenReadAndWrite_KeepsTheAnswerAndAddsTheLink()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        var records = new RivalRecordStore(
            _store, () => _journal.SaveAnswerAsync(TestData.Alice, record.Id, "learning", "Bayes", 0, Cancel));
        var planner = new CpdPlanner(_store, new CpdJournal(records, _clock), _clock);

        var linked = await planner.LinkRecordAsync(TestData.Alice, record.Id, objective.Id, Cancel);

        Assert.Equal("Bayes", linked.AnswerTo("learning")!.Text);
        Assert.True(linked.Objectives.Contains(objective.Id));
    }

    [Fact]
    public async Task UnlinkRecordAsync_Linked_RecordNoLongerServesItAndIsUnplanned()
    {
        var objective = await _planner.SetObjectiveAsync(TestData.Alice, Goal(), Cancel);
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        await _planner.LinkRecordAsync(TestData.Alice, record.Id, objective.Id, Cancel);

        var unlinked = await _planner.UnlinkRecordAsync(TestData.Alice, record.Id, objective.Id, Cancel);

        Assert.Empty(unlinked.Objectives);
        Assert.False(unlinked.IsPlanned);
    }

    [Fact]
    public async Task ObjectiveFromNextStepsAsync_AnsweredRecord_StoresOneObjectiveAndLeavesTheSourceAlone()
    {
        var source = await AnsweredRecordAsync(category: "Formal/educational");

        var objective = await _planner.ObjectiveFromNextStepsAsync(
            TestData.Alice, source.Id, cancellationToken: Cancel);

        Assert.Equal("Enrol on the statistics module", objective.Title);
        Assert.Equal(NextStepsAnswer, objective.Details.Why);
        Assert.Equal(["Formal/educational"], objective.Details.Serves);
        Assert.Equal([objective], await _planner.ListObjectivesAsync(TestData.Alice, Cancel));
        Assert.Equal(source, await _journal.GetRecordAsync(TestData.Alice, source.Id, Cancel));
    }

    [Fact]
    public async Task ObjectiveFromNextStepsAsync_NoNextSteps_ThrowsAndStoresNothing()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);

        var error = await Assert.ThrowsAsync<CpdNextStepsMissingException>(
            () => _planner.ObjectiveFromNextStepsAsync(TestData.Alice, record.Id, cancellationToken: Cancel));

        Assert.Equal(record.Id, error.RecordId);
        Assert.Empty(await _planner.ListObjectivesAsync(TestData.Alice, Cancel));
    }

    [Fact]
    public async Task ObjectiveFromNextStepsAsync_CalledTwice_AddsTwoObjectivesAsTheKnownLimitationSays()
    {
        // Known limitation (docs/known-limitations.md): turning next steps into the plan twice adds it twice.
        var source = await AnsweredRecordAsync();

        await _planner.ObjectiveFromNextStepsAsync(TestData.Alice, source.Id, cancellationToken: Cancel);
        await _planner.ObjectiveFromNextStepsAsync(TestData.Alice, source.Id, cancellationToken: Cancel);

        var objectives = await _planner.ListObjectivesAsync(TestData.Alice, Cancel);
        Assert.Equal(2, objectives.Count);
        Assert.Equal(objectives[0].Details, objectives[1].Details);
    }

    [Fact]
    public async Task PlanRecordFromNextStepsAsync_AnsweredRecord_AddsOnePlannedRecordFollowingItUp()
    {
        var source = await AnsweredRecordAsync(category: "Work-based");

        var planned = await _planner.PlanRecordFromNextStepsAsync(TestData.Alice, source.Id, cancellationToken: Cancel);

        Assert.Equal(source.Id, planned.FollowsUp);
        Assert.Equal(NextStepsAnswer, planned.Notes);
        Assert.Equal("Work-based", planned.Category);
        Assert.Equal(CpdRecordStatus.NotStarted, planned.Status);
        Assert.Equal(2, (await _journal.ListRecordsAsync(TestData.Alice, Cancel)).Count);
    }

    [Fact]
    public async Task PlanRecordFromNextStepsAsync_AnotherMembersRecord_ThrowsNotFoundAndAddsNothing()
    {
        var source = await AnsweredRecordAsync();

        await Assert.ThrowsAsync<CpdRecordNotFoundException>(
            () => _planner.PlanRecordFromNextStepsAsync(TestData.Bob, source.Id, cancellationToken: Cancel));

        Assert.Empty(await _journal.ListRecordsAsync(TestData.Bob, Cancel));
    }

    [Fact]
    public async Task GetProgressAsync_LinkedAndFollowUpRecords_ShowsPlannedShareAndOverdueOnTheMembersDate()
    {
        // 09:00 UTC on 3 December is still 2 December in Honolulu.
        var due = await _planner.SetObjectiveAsync(
            TestData.Alice, Goal() with { TargetDate = new LocalDate(2026, 12, 2) }, Cancel);
        var source = await AnsweredRecordAsync();
        await _planner.LinkRecordAsync(TestData.Alice, source.Id, due.Id, Cancel);
        await _planner.PlanRecordFromNextStepsAsync(TestData.Alice, source.Id, cancellationToken: Cancel);
        await _journal.AddRecordAsync(TestData.Alice, TestData.Details("Unplanned chat") with { Hours = 2m }, Cancel);

        var london = await _planner.GetProgressAsync(
            TestData.Alice, DateTimeZoneProviders.Tzdb["Europe/London"], Cancel);
        var honolulu = await _planner.GetProgressAsync(
            TestData.Alice, DateTimeZoneProviders.Tzdb["Pacific/Honolulu"], Cancel);

        Assert.Equal([due.Id], london.Overdue.Select(objective => objective.Id));
        Assert.Empty(honolulu.Overdue);
        Assert.Equal((2, 1), (london.PlannedRecords, london.UnplannedRecords));
        Assert.Equal(0.5m, london.PlannedHoursShare);
        Assert.Equal(2, london.Objectives.Single().Records);
    }
}
