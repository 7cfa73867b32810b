using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Storage.Planning;

namespace Cpd.Storage.Postgres.Tests;

public sealed partial class PostgresCpdRecordStoreTests
{
    [Fact]
    public async Task UpdateAsync_RecordLinkedToObjectivesAndFollowingAnotherUp_KeepsTheLinksExactly()
    {
        var store = _schema.NewStore();
        var earlier = await AddAsync(NewRecord("Earlier course", answers: 7));
        var ids = Enumerable.Range(0, 3).Select(_ => ObjectiveId.New(_clock.GetCurrentInstant())).ToArray();
        var linked = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()),
            Member,
            earlier.Framework,
            earlier.Details with { Title = "Follow-up", Objectives = ObjectiveSet.Of(ids), FollowsUp = earlier.Id },
            _clock);
        await store.AddAsync([linked], Cancellation);
        var found = await store.FindAsync(Member, linked.Id, Cancellation);

        var fewer = linked.ChangeDetails(
            linked.Details with { Objectives = linked.Objectives.Without(ids[1]), FollowsUp = null }, 1, _clock);
        await store.UpdateAsync(fewer, linked.Version, Cancellation);

        Assert.Equal(linked, found);
        Assert.Equal(ObjectiveSet.Of(ids), found!.Objectives);
        Assert.Equal(earlier.Id, found.FollowsUp);
        var listed = (await store.ListAsync(Member, Cancellation)).Single(record => record.Id == linked.Id);
        Assert.Equal(fewer, listed);
        Assert.Equal(ObjectiveSet.Of(ids[0], ids[2]), listed.Objectives);
        Assert.Null(listed.FollowsUp);
    }

    [Fact]
    public async Task FindObjectiveAsync_DamagedRow_IsAStoreErrorNamingTheObjective()
    {
        var store = _schema.NewStore();
        var objective = DevelopmentObjective.Create(
            ObjectiveId.New(_clock.GetCurrentInstant()), Member, new ObjectiveDetails { Title = "Mentor" }, _clock);
        await store.AddObjectiveAsync(objective, Cancellation);
        await _schema.ExecuteAsync("UPDATE objectives SET title = '   ';");

        var error = await Assert.ThrowsAsync<CpdStoreException>(
            () => store.FindObjectiveAsync(Member, objective.Id, Cancellation));

        Assert.Contains(
            $"Objective {objective.Id} in the database is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateObjectiveAsync_ManyPlannersChangingOneObjectiveAtOnce_OneWinsAndTheRestSeeConflicts()
    {
        var store = _schema.NewStore();
        var objective = DevelopmentObjective.Create(
            ObjectiveId.New(_clock.GetCurrentInstant()), Member, new ObjectiveDetails { Title = "Mentor" }, _clock);
        await store.AddObjectiveAsync(objective, Cancellation);
        var changes = Enumerable.Range(1, 8)
            .Select(i => objective.Change(objective.Details with { Title = $"Mentor {i}" }, 1, _clock))
            .ToArray();

        var outcomes = await Task.WhenAll(changes.Select(change => Task.Run(async () =>
        {
            try
            {
                await _schema.NewStore().UpdateObjectiveAsync(change, 1, Cancellation);
                return change.Title;
            }
            catch (CpdObjectiveConcurrencyException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(outcomes, title => title is not null);
        var stored = await store.FindObjectiveAsync(Member, objective.Id, Cancellation);
        Assert.Equal(winner, stored!.Title);
        Assert.Equal(2, stored.Version);
    }
}
