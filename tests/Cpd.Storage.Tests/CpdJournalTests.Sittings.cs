using Cpd.Domain.Records;
using Cpd.Domain.Tests.Support;
using Cpd.Storage.InMemory;
using Cpd.Storage.Tests.Support;
using FsCheck.Xunit;
using NodaTime.Testing;

namespace Cpd.Storage.Tests;

public sealed partial class CpdJournalTests
{
    [Property(Arbitrary = [typeof(StorageArbitraries), typeof(DomainArbitraries)], MaxTest = 200)]
    public async Task SaveAnswerAsync_TwoSittingsDifferentQuestionsAnyInterleaving_BothAnswersPersist(
        TwoAnswers sittings)
    {
        var (store, clock, record) = await StoreWith(sittings.Record);

        var results = await RunAsync(store, clock, sittings);

        var stored = await store.FindAsync(record.MemberId, record.Id);
        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal(sittings.FirstText, stored!.AnswerTo(sittings.FirstKey)?.Text);
        Assert.Equal(sittings.SecondText, stored.AnswerTo(sittings.SecondKey)?.Text);
        Assert.Equal(record.Version + 2, stored.Version);
        var allAnswered = stored.Answers.Count == record.Framework.Questions.Count;
        Assert.Equal(allAnswered, stored.Status == CpdRecordStatus.Completed);
    }

    [Property(Arbitrary = [typeof(StorageArbitraries), typeof(DomainArbitraries)], MaxTest = 200)]
    public async Task SaveAnswerAsync_TwoSittingsSameAnswerSameRevision_OneWinsTheOtherGetsAConflict(
        RivalAnswers rivals)
    {
        var sittings = rivals.Sittings;
        var (store, clock, record) = await StoreWith(sittings.Record);

        var results = await RunAsync(store, clock, sittings);

        var winner = Assert.Single(results, result => result.Error is null);
        var loser = Assert.Single(results, result => result.Error is not null);
        var conflict = Assert.IsType<CpdAnswerConflictException>(loser.Error);
        var stored = await store.FindAsync(record.MemberId, record.Id);
        var winningText = winner.Stored!.AnswerTo(sittings.FirstKey)!.Text;
        Assert.Equal(winningText, stored!.AnswerTo(sittings.FirstKey)?.Text);
        Assert.Equal(winningText, conflict.StoredAnswer?.Text);
        var losingText = winningText == sittings.FirstText ? sittings.SecondText : sittings.FirstText;
        Assert.Equal(losingText, conflict.AttemptedText);
        Assert.Equal(record.Version + 1, stored.Version);
    }

    private static async Task<(InMemoryCpdRecordStore Store, FakeClock Clock, CpdRecord Record)> StoreWith(
        CpdRecord record)
    {
        var store = new InMemoryCpdRecordStore();
        await store.AddAsync([record]);
        return (store, new FakeClock(record.UpdatedAt, NodaTime.Duration.FromMilliseconds(1)), record);
    }

    private static Task<SittingResult[]> RunAsync(InMemoryCpdRecordStore store, FakeClock clock, TwoAnswers sittings)
    {
        var (member, id) = (sittings.Record.MemberId, sittings.Record.Id);
        return Sittings.RunAsync(
            store,
            clock,
            sittings.Schedule,
            journal => journal.SaveAnswerAsync(
                member, id, sittings.FirstKey, sittings.FirstText, sittings.SeenRevision(sittings.FirstKey)),
            journal => journal.SaveAnswerAsync(
                member, id, sittings.SecondKey, sittings.SecondText, sittings.SeenRevision(sittings.SecondKey)));
    }
}
