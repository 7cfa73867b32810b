using Cpd.Domain;
using Cpd.Domain.Records;
using Xunit;
using static Cpd.Storage.Conformance.ConformanceRecords;

namespace Cpd.Storage.Conformance;

public abstract partial class CpdRecordStoreConformanceTests
{
    /// <summary>A write against a stale version is refused and overwrites nothing.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task UpdateAsync_AgainstAStaleVersion_IsRefusedAndOverwritesNothing()
    {
        var record = (await AddAsync(New(Clock, Alice)))[0];
        var first = record.SaveAnswer("learning", "Saved first", CpdRecord.NoRevision, Clock);
        await Store.UpdateAsync(first, record.Version, Cancellation);

        var stale = record.SaveAnswer("purpose", "Based on the old version", CpdRecord.NoRevision, Clock);
        var conflict = await Assert.ThrowsAsync<CpdConcurrencyException>(
            () => Store.UpdateAsync(stale, record.Version, Cancellation));

        Assert.Equal(first.Version, conflict.StoredVersion);
        Assert.Equal(first, await Store.FindAsync(Alice, record.Id, Cancellation));
    }

    /// <summary>A delete against a stale version is refused and the record stays.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task DeleteAsync_AgainstAStaleVersion_IsRefusedAndKeepsTheRecord()
    {
        var record = (await AddAsync(New(Clock, Alice)))[0];
        var changed = record.SaveAnswer("learning", "Typed meanwhile", CpdRecord.NoRevision, Clock);
        await Store.UpdateAsync(changed, record.Version, Cancellation);

        await Assert.ThrowsAsync<CpdConcurrencyException>(
            () => Store.DeleteAsync(Alice, record.Id, record.Version, Cancellation));

        Assert.Equal(changed, await Store.FindAsync(Alice, record.Id, Cancellation));
    }

    /// <summary>Adding a batch with one id already stored adds none of the batch.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task AddAsync_WithAnIdAlreadyStored_AddsNoneOfTheBatch()
    {
        var existing = (await AddAsync(New(Clock, Alice, "Existing")))[0];
        var fresh = New(Clock, Alice, "Fresh");

        await Assert.ThrowsAnyAsync<CpdConflictException>(() => Store.AddAsync([fresh, existing], Cancellation));

        Assert.Equal([existing], await Store.ListAsync(Alice, Cancellation));
    }

    /// <summary>Two sittings saving different answers at once both keep their answer.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task TwoSittings_SavingDifferentAnswersAtOnce_BothPersist()
    {
        var record = (await AddAsync(New(Clock, Alice)))[0];
        var firstTab = new CpdJournal(Store, Clock);
        var secondTab = new CpdJournal(Store, Clock);

        await Task.WhenAll(
            firstTab.SaveAnswerAsync(Alice, record.Id, "learning", "From the first tab", CpdRecord.NoRevision, Cancellation),
            secondTab.SaveAnswerAsync(Alice, record.Id, "practice", "From the second tab", CpdRecord.NoRevision, Cancellation));

        var stored = await Store.FindAsync(Alice, record.Id, Cancellation);
        Assert.Equal("From the first tab", stored!.AnswerTo("learning")!.Text);
        Assert.Equal("From the second tab", stored.AnswerTo("practice")!.Text);
    }

    /// <summary>The same answer saved from two sittings: one wins, the other is told, nothing is overwritten.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task TwoSittings_SavingTheSameAnswer_OneSucceedsAndTheOtherGetsAConflict()
    {
        var record = (await AddAsync(New(Clock, Alice)))[0];
        var outcomes = await Task.WhenAll(
            TrySaveAsync(new CpdJournal(Store, Clock), record.Id, "Text from the first tab"),
            TrySaveAsync(new CpdJournal(Store, Clock), record.Id, "Text from the second tab"));

        var winner = Assert.Single(outcomes, outcome => outcome.Conflict is null);
        var loser = Assert.Single(outcomes, outcome => outcome.Conflict is not null);
        var stored = await Store.FindAsync(Alice, record.Id, Cancellation);
        Assert.Equal(winner.Text, stored!.AnswerTo("learning")!.Text);
        Assert.Equal(winner.Text, loser.Conflict!.StoredAnswer!.Text);
        Assert.Equal(loser.Text, loser.Conflict.AttemptedText);
    }

    private static async Task<(string Text, CpdAnswerConflictException? Conflict)> TrySaveAsync(
        CpdJournal journal, CpdRecordId id, string text)
    {
        try
        {
            await journal.SaveAnswerAsync(Alice, id, "learning", text, CpdRecord.NoRevision, Cancellation);
            return (text, null);
        }
        catch (CpdAnswerConflictException conflict)
        {
            return (text, conflict);
        }
    }
}
