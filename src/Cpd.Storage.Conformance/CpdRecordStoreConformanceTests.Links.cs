using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Xunit;
using static Cpd.Storage.Conformance.ConformanceRecords;

namespace Cpd.Storage.Conformance;

public abstract partial class CpdRecordStoreConformanceTests
{
    /// <summary>The objectives a record serves and the record it follows up come back exactly.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Links_ToObjectivesAndAFollowedUpRecord_RoundTripExactly()
    {
        var earlier = New(Clock, Alice, "Earlier reflection");
        var objectives = ObjectiveSet.Of(NewObjectiveId(), NewObjectiveId(), NewObjectiveId());
        var planned = Linked(New(Clock, Alice, "Planned follow-up"), objectives, earlier.Id);
        await AddAsync(earlier, planned);

        var found = await Store.FindAsync(Alice, planned.Id, Cancellation);
        var listed = await Store.ListAsync(Alice, Cancellation);

        Assert.Equal(planned, found);
        Assert.Equal(objectives, found!.Objectives);
        Assert.Equal(earlier.Id, found.FollowsUp);
        Assert.True(found.IsPlanned);
        Assert.Equal(planned, Assert.Single(listed, record => record.Id == planned.Id));
    }

    /// <summary>A record with no links reads back as unplanned, and one at the most objectives keeps them all.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Links_NoneAndTheMostAllowed_RoundTripExactly()
    {
        var unplanned = New(Clock, Alice, "Unplanned");
        var most = ObjectiveSet.Of(Enumerable.Range(0, CpdRecordLimits.MaxObjectives).Select(_ => NewObjectiveId()));
        var full = Linked(New(Clock, Alice, "Serves many"), most, followsUp: null);
        await AddAsync(unplanned, full);

        var foundUnplanned = await Store.FindAsync(Alice, unplanned.Id, Cancellation);
        var foundFull = await Store.FindAsync(Alice, full.Id, Cancellation);

        Assert.Equal(unplanned, foundUnplanned);
        Assert.Empty(foundUnplanned!.Objectives);
        Assert.Null(foundUnplanned.FollowsUp);
        Assert.False(foundUnplanned.IsPlanned);
        Assert.Equal(most, foundFull!.Objectives);
        Assert.Null(foundFull.FollowsUp);
    }

    /// <summary>Links survive saved answers and other detail changes, and change exactly when the member changes them.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Links_AcrossAnswerSavesAndDetailChanges_AreKeptAndChangeExactly()
    {
        var kept = NewObjectiveId();
        var dropped = NewObjectiveId();
        var followed = New(Clock, Alice, "Followed up");
        var record = Linked(New(Clock, Alice), ObjectiveSet.Of(kept, dropped), followed.Id);
        await AddAsync(followed, record);

        var answered = await SaveAsync(record, record.SaveAnswer("learning", "Learnt", CpdRecord.NoRevision, Clock));
        var renamed = await SaveAsync(
            answered, answered.ChangeDetails(answered.Details with { Notes = "New notes" }, answered.DetailsRevision, Clock));
        Assert.Equal(record.Objectives, renamed.Objectives);
        Assert.Equal(followed.Id, renamed.FollowsUp);

        var added = NewObjectiveId();
        var relinked = await SaveAsync(renamed, renamed.ChangeDetails(
            renamed.Details with { Objectives = renamed.Objectives.Without(dropped).With(added), FollowsUp = null },
            renamed.DetailsRevision,
            Clock));

        Assert.Equal(ObjectiveSet.Of(kept, added), relinked.Objectives);
        Assert.Null(relinked.FollowsUp);
    }

    private async Task<CpdRecord> SaveAsync(CpdRecord stored, CpdRecord changed)
    {
        await Store.UpdateAsync(changed, stored.Version, Cancellation);
        var found = await Store.FindAsync(changed.MemberId, changed.Id, Cancellation);
        Assert.Equal(changed, found);
        return found!;
    }

    private ObjectiveId NewObjectiveId() => ObjectiveId.New(Clock.GetCurrentInstant());

    private static CpdRecord Linked(CpdRecord record, ObjectiveSet objectives, CpdRecordId? followsUp) =>
        CpdRecord.Restore(record.ToState() with
        {
            Details = record.Details with { Objectives = objectives, FollowsUp = followsUp },
        });
}
