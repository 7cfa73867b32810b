using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using static Cpd.Storage.Conformance.ConformancePlans;
using static Cpd.Storage.Conformance.ConformanceRecords;

namespace Cpd.Storage.Conformance;

public abstract partial class CpdPlanStoreConformanceTests
{
    /// <summary>A stored objective comes back equal, field for field.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task FindObjectiveAsync_AfterAdd_ReturnsAnEqualObjective()
    {
        var objective = (await AddAsync(Objective(
            Clock, Alice, target: new LocalDate(2027, 3, 31), serves: ["Formal/educational", "Leadership"])))[0];

        var found = await Store.FindObjectiveAsync(Alice, objective.Id, Cancellation);

        Assert.Equal(objective, found);
        Assert.Equal(objective.Details, found!.Details);
        Assert.Equal(["Formal/educational", "Leadership"], found.Details.Serves);
    }

    /// <summary>Every status, and an objective with nothing but a title, come back as stored.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The test.</returns>
    [Theory]
    [InlineData(ObjectiveStatus.Planned)]
    [InlineData(ObjectiveStatus.InProgress)]
    [InlineData(ObjectiveStatus.Achieved)]
    [InlineData(ObjectiveStatus.Dropped)]
    public async Task FindObjectiveAsync_InEveryStatus_ReturnsItAsStored(ObjectiveStatus status)
    {
        var objective = (await AddAsync(Objective(Clock, Alice, "Only a title", status, why: string.Empty)))[0];

        var found = await Store.FindObjectiveAsync(Alice, objective.Id, Cancellation);

        Assert.Equal(objective, found);
        Assert.Equal(status, found!.Status);
        Assert.Null(found.TargetDate);
        Assert.Empty(found.Details.Serves);
        Assert.Equal(string.Empty, found.Details.Why);
    }

    /// <summary>An objective whose id is already stored, for any member, is refused and changes nothing.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task AddObjectiveAsync_WithAnIdAlreadyStored_IsAConflictAndKeepsTheFirst()
    {
        var first = (await AddAsync(Objective(Clock, Alice, "First")))[0];
        var sameId = DevelopmentObjective.Restore(first.ToState() with { Details = Retitled(first, "Second") });
        var bobsWithSameId = OwnedBy(sameId, Bob);

        await Assert.ThrowsAnyAsync<CpdConflictException>(() => Store.AddObjectiveAsync(sameId, Cancellation));
        await Assert.ThrowsAnyAsync<CpdConflictException>(() => Store.AddObjectiveAsync(bobsWithSameId, Cancellation));

        Assert.Equal([first], await Store.ListObjectivesAsync(Alice, Cancellation));
        Assert.Empty(await Store.ListObjectivesAsync(Bob, Cancellation));
    }

    /// <summary>A change at the stored version is kept, and the objective is listed once.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task UpdateObjectiveAsync_AtTheStoredVersion_KeepsTheChange()
    {
        var objective = (await AddAsync(Objective(Clock, Alice)))[0];
        var changed = objective.Change(
            objective.Details with { Status = ObjectiveStatus.InProgress, Serves = Serves("Audit") },
            objective.Version,
            Clock);

        await Store.UpdateObjectiveAsync(changed, objective.Version, Cancellation);

        Assert.Equal(changed, await Store.FindObjectiveAsync(Alice, objective.Id, Cancellation));
        Assert.Equal([changed], await Store.ListObjectivesAsync(Alice, Cancellation));
    }

    /// <summary>A change against a stale version is refused, says which versions, and overwrites nothing.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task UpdateObjectiveAsync_AgainstAStaleVersion_IsRefusedAndOverwritesNothing()
    {
        var objective = (await AddAsync(Objective(Clock, Alice)))[0];
        var first = objective.Change(Retitled(objective, "Saved first"), objective.Version, Clock);
        await Store.UpdateObjectiveAsync(first, objective.Version, Cancellation);

        var stale = objective.Change(Retitled(objective, "Based on the old version"), objective.Version, Clock);
        var conflict = await Assert.ThrowsAsync<CpdObjectiveConcurrencyException>(
            () => Store.UpdateObjectiveAsync(stale, objective.Version, Cancellation));

        Assert.Equal(objective.Id, conflict.ObjectiveId);
        Assert.Equal(objective.Version, conflict.ExpectedVersion);
        Assert.Equal(first.Version, conflict.StoredVersion);
        Assert.Equal(first, await Store.FindObjectiveAsync(Alice, objective.Id, Cancellation));
    }

    /// <summary>Another member's objective id behaves as an id that does not exist, for every operation.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task EveryOperation_OnAnotherMembersObjective_BehavesAsNotFoundAndChangesNothing()
    {
        var alices = (await AddAsync(Objective(Clock, Alice)))[0];
        var asBob = OwnedBy(alices.Change(Retitled(alices, "Bob's attempt"), alices.Version, Clock), Bob);

        Assert.Null(await Store.FindObjectiveAsync(Bob, alices.Id, Cancellation));
        Assert.Empty(await Store.ListObjectivesAsync(Bob, Cancellation));
        var notFound = await Assert.ThrowsAsync<CpdObjectiveNotFoundException>(
            () => Store.UpdateObjectiveAsync(asBob, alices.Version, Cancellation));

        Assert.Equal(alices.Id, notFound.ObjectiveId);
        Assert.Equal(alices, await Store.FindObjectiveAsync(Alice, alices.Id, Cancellation));
    }

    /// <summary>An id that was never stored is not found.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Operations_OnAnUnknownId_AreNotFound()
    {
        var ghost = Objective(Clock, Alice);

        Assert.Null(await Store.FindObjectiveAsync(Alice, ghost.Id, Cancellation));
        Assert.Empty(await Store.ListObjectivesAsync(Alice, Cancellation));
        await Assert.ThrowsAsync<CpdObjectiveNotFoundException>(() => Store.UpdateObjectiveAsync(
            ghost.Change(Retitled(ghost, "Changed"), ghost.Version, Clock), ghost.Version, Cancellation));
    }

    /// <summary>Objectives are listed oldest first, then by id when set at the same instant; others' are left out.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task ListObjectivesAsync_OrdersByCreationThenId_AndListsOnlyTheMembersOwn()
    {
        var sameInstant = new FakeClock(Clock.GetCurrentInstant() + Duration.FromDays(1));
        var twins = new[] { Objective(sameInstant, Alice, "Twin one"), Objective(sameInstant, Alice, "Twin two") };
        var older = Objective(Clock, Alice, "Older");
        var newer = Objective(Clock, Alice, "Newer");
        await AddAsync(twins[1], newer, Objective(Clock, Bob, "Bob's"), twins[0], older);

        var listed = await Store.ListObjectivesAsync(Alice, Cancellation);

        Assert.Equal([older, newer, .. twins.OrderBy(twin => twin.Id.Value)], listed);
    }

    /// <summary>A dropped or achieved objective stays in the plan, so that no record's link to it dangles.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task ListObjectivesAsync_AfterObjectivesAreDroppedOrAchieved_StillListsThem()
    {
        var objectives = await AddAsync(Objective(Clock, Alice, "To drop"), Objective(Clock, Alice, "To achieve"));
        var dropped = objectives[0].Change(
            objectives[0].Details with { Status = ObjectiveStatus.Dropped }, objectives[0].Version, Clock);
        var achieved = objectives[1].Change(
            objectives[1].Details with { Status = ObjectiveStatus.Achieved }, objectives[1].Version, Clock);

        await Store.UpdateObjectiveAsync(dropped, 1, Cancellation);
        await Store.UpdateObjectiveAsync(achieved, 1, Cancellation);

        Assert.Equal([dropped, achieved], await Store.ListObjectivesAsync(Alice, Cancellation));
    }

    /// <summary>A call cancelled before it starts stores nothing.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Writes_WithACancelledToken_StoreNothing()
    {
        var objective = (await AddAsync(Objective(Clock, Alice)))[0];
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.AddObjectiveAsync(Objective(Clock, Alice, "Cancelled"), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.UpdateObjectiveAsync(
            objective.Change(Retitled(objective, "Cancelled"), 1, Clock), 1, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.AddPlanReviewAsync(Review(Clock, Alice, new LocalDate(2026, 12, 1)), cancelled.Token));

        Assert.Equal([objective], await Store.ListObjectivesAsync(Alice, Cancellation));
        Assert.Empty(await Store.ListPlanReviewsAsync(Alice, Cancellation));
    }
}
