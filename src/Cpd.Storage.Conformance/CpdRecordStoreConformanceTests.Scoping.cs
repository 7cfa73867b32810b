using Cpd.Domain.Records;
using NodaTime;
using Xunit;
using static Cpd.Storage.Conformance.ConformanceRecords;

namespace Cpd.Storage.Conformance;

public abstract partial class CpdRecordStoreConformanceTests
{
    /// <summary>A stored record comes back equal, field for field.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task FindAsync_AfterAdd_ReturnsAnEqualRecord()
    {
        var record = (await AddAsync(New(Clock, Alice, answers: Answers(3))))[0];

        var found = await Store.FindAsync(Alice, record.Id, Cancellation);

        Assert.Equal(record, found);
    }

    /// <summary>Another member's record id behaves as an id that does not exist, for every operation.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task EveryOperation_OnAnotherMembersRecord_BehavesAsNotFoundAndChangesNothing()
    {
        var alices = (await AddAsync(New(Clock, Alice, reminder: new LocalDate(2026, 1, 1))))[0];
        var changed = alices.SaveAnswer("learning", "Bob's attempt", CpdRecord.NoRevision, Clock);
        var asBob = CpdRecord.Restore(changed.ToState() with { MemberId = Bob });

        Assert.Null(await Store.FindAsync(Bob, alices.Id, Cancellation));
        Assert.Empty(await Store.ListAsync(Bob, Cancellation));
        Assert.Equal(CpdSummary.Empty, await Store.SummarizeAsync(Bob, new LocalDate(2026, 12, 3), Cancellation));
        await Assert.ThrowsAsync<CpdRecordNotFoundException>(() => Store.UpdateAsync(asBob, alices.Version, Cancellation));
        await Assert.ThrowsAsync<CpdRecordNotFoundException>(
            () => Store.DeleteAsync(Bob, alices.Id, alices.Version, Cancellation));
        Assert.Equal(alices, await Store.FindAsync(Alice, alices.Id, Cancellation));
    }

    /// <summary>An id that was never stored is not found.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Operations_OnAnUnknownId_AreNotFound()
    {
        var ghost = New(Clock, Alice);

        Assert.Null(await Store.FindAsync(Alice, ghost.Id, Cancellation));
        await Assert.ThrowsAsync<CpdRecordNotFoundException>(
            () => Store.UpdateAsync(ghost.SaveAnswer("activity", "x", 0, Clock), ghost.Version, Cancellation));
        await Assert.ThrowsAsync<CpdRecordNotFoundException>(() => Store.DeleteAsync(Alice, ghost.Id, 1, Cancellation));
    }

    /// <summary>A deleted record is gone, and only it.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task DeleteAsync_AtTheCurrentVersion_RemovesOnlyThatRecord()
    {
        var records = await AddAsync(New(Clock, Alice, "First"), New(Clock, Alice, "Second"));

        await Store.DeleteAsync(Alice, records[0].Id, records[0].Version, Cancellation);

        Assert.Null(await Store.FindAsync(Alice, records[0].Id, Cancellation));
        Assert.Equal([records[1]], await Store.ListAsync(Alice, Cancellation));
    }
}
