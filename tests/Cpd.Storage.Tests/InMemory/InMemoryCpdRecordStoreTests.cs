using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Domain.Tests.Support;
using Cpd.Storage.InMemory;
using Cpd.Storage.Tests.Support;
using FsCheck.Xunit;
using NodaTime;

namespace Cpd.Storage.Tests.InMemory;

public sealed class InMemoryCpdRecordStoreTests
{
    private static readonly LocalDate Today = new(2026, 12, 3);

    private readonly InMemoryCpdRecordStore _store = new();
    private readonly NodaTime.Testing.FakeClock _clock = TestData.Clock();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAsync_ThenFindAsync_GivesTheSameRecord()
    {
        var record = TestData.Record(TestData.Alice, _clock);

        await _store.AddAsync([record], Cancel);

        Assert.Equal(record, await _store.FindAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task FindAsync_AnotherMembersRecord_IsNotFound()
    {
        var record = TestData.Record(TestData.Alice, _clock);
        await _store.AddAsync([record], Cancel);

        Assert.Null(await _store.FindAsync(TestData.Bob, record.Id, Cancel));
        Assert.Null(await _store.FindAsync(TestData.Alice, CpdRecordId.New(_clock.GetCurrentInstant()), Cancel));
    }

    [Fact]
    public async Task UpdateAsync_AnotherMembersRecord_ThrowsNotFoundAndChangesNothing()
    {
        var record = TestData.Record(TestData.Alice, _clock);
        await _store.AddAsync([record], Cancel);
        var forged = TestData.Answered(CpdRecord.Restore(record.ToState() with { MemberId = TestData.Bob }), _clock);

        var error = await Assert.ThrowsAsync<CpdRecordNotFoundException>(
            () => _store.UpdateAsync(forged, record.Version, Cancel));

        Assert.Equal(record.Id, error.RecordId);
        Assert.Equal(record, await _store.FindAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task DeleteAsync_AnotherMembersRecord_ThrowsNotFoundAndKeepsIt()
    {
        var record = TestData.Record(TestData.Alice, _clock);
        await _store.AddAsync([record], Cancel);

        await Assert.ThrowsAsync<CpdRecordNotFoundException>(
            () => _store.DeleteAsync(TestData.Bob, record.Id, record.Version, Cancel));

        Assert.NotNull(await _store.FindAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task UpdateAsync_UnknownRecord_ThrowsNotFound()
    {
        var record = TestData.Record(TestData.Alice, _clock);

        await Assert.ThrowsAsync<CpdRecordNotFoundException>(
            () => _store.UpdateAsync(TestData.Answered(record, _clock), record.Version, Cancel));
        Assert.Null(await _store.FindAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task UpdateAsync_CurrentVersion_ReplacesTheRecord()
    {
        var record = TestData.Record(TestData.Alice, _clock);
        await _store.AddAsync([record], Cancel);
        var changed = TestData.Answered(record, _clock);

        await _store.UpdateAsync(changed, record.Version, Cancel);

        Assert.Equal(changed, await _store.FindAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ThrowsConcurrencyAndChangesNothing()
    {
        var record = TestData.Record(TestData.Alice, _clock);
        await _store.AddAsync([record], Cancel);
        var first = TestData.Answered(record, _clock, "activity", "First sitting");
        var second = TestData.Answered(record, _clock, "purpose", "Second sitting");
        await _store.UpdateAsync(first, record.Version, Cancel);

        var error = await Assert.ThrowsAsync<CpdConcurrencyException>(
            () => _store.UpdateAsync(second, record.Version, Cancel));

        Assert.Equal((record.Id, 1L, 2L), (error.RecordId, error.ExpectedVersion, error.StoredVersion));
        Assert.Equal(first, await _store.FindAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task UpdateAsync_RecordNotNewerThanExpectedVersion_IsRefused()
    {
        var record = TestData.Record(TestData.Alice, _clock);
        await _store.AddAsync([record], Cancel);

        await Assert.ThrowsAsync<ArgumentException>(() => _store.UpdateAsync(record, record.Version, Cancel));
        Assert.Same(record, await _store.FindAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task DeleteAsync_StaleVersion_ThrowsConcurrencyAndKeepsTheRecord()
    {
        var record = TestData.Record(TestData.Alice, _clock);
        await _store.AddAsync([record], Cancel);
        await _store.UpdateAsync(TestData.Answered(record, _clock), record.Version, Cancel);

        await Assert.ThrowsAsync<CpdConcurrencyException>(
            () => _store.DeleteAsync(TestData.Alice, record.Id, record.Version, Cancel));

        Assert.NotNull(await _store.FindAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task DeleteAsync_CurrentVersion_RemovesTheRecord()
    {
        var record = TestData.Record(TestData.Alice, _clock);
        await _store.AddAsync([record], Cancel);

        await _store.DeleteAsync(TestData.Alice, record.Id, record.Version, Cancel);

        Assert.Null(await _store.FindAsync(TestData.Alice, record.Id, Cancel));
        Assert.Empty(await _store.ListAsync(TestData.Alice, Cancel));
    }

    [Fact]
    public async Task AddAsync_OneIdAlreadyStored_AddsNone()
    {
        var existing = TestData.Record(TestData.Alice, _clock);
        await _store.AddAsync([existing], Cancel);
        var fresh = TestData.Record(TestData.Alice, _clock, "Fresh");
        var clashing = TestData.Record(TestData.Alice, _clock, "Clash").ToState() with { Id = existing.Id };
        var clash = CpdRecord.Restore(clashing);

        await Assert.ThrowsAsync<CpdConflictException>(() => _store.AddAsync([fresh, clash], Cancel));

        Assert.Null(await _store.FindAsync(TestData.Alice, fresh.Id, Cancel));
        Assert.Equal(existing, await _store.FindAsync(TestData.Alice, existing.Id, Cancel));
    }

    [Fact]
    public async Task AddAsync_SameIdTwiceInOneCall_AddsNone()
    {
        var record = TestData.Record(TestData.Alice, _clock);
        var other = TestData.Record(TestData.Alice, _clock, "Other");

        await Assert.ThrowsAsync<CpdConflictException>(() => _store.AddAsync([other, record, record], Cancel));

        Assert.Empty(await _store.ListAsync(TestData.Alice, Cancel));
    }

    [Fact]
    public async Task AddAsync_IdStoredForAnotherMember_AddsNone()
    {
        var bobs = TestData.Record(TestData.Bob, _clock);
        await _store.AddAsync([bobs], Cancel);
        var alices = CpdRecord.Restore(TestData.Record(TestData.Alice, _clock).ToState() with { Id = bobs.Id });

        await Assert.ThrowsAsync<CpdConflictException>(() => _store.AddAsync([alices], Cancel));

        Assert.Empty(await _store.ListAsync(TestData.Alice, Cancel));
    }

    [Fact]
    public async Task AddAsync_Cancelled_AddsNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _store.AddAsync([TestData.Record(TestData.Alice, _clock)], cancelled.Token));

        Assert.Empty(await _store.ListAsync(TestData.Alice, Cancel));
    }

    [Fact]
    public async Task ListAsync_MembersRecords_ComeByActivityDateThenCreationWithUndatedLast()
    {
        var undated = TestData.Record(TestData.Alice, _clock, "Undated");
        var later = TestData.Record(TestData.Alice, _clock, "Later", new LocalDate(2026, 6, 1));
        var earlier = TestData.Record(TestData.Alice, _clock, "Earlier", new LocalDate(2025, 1, 15));
        var sameDayFirst = TestData.Record(TestData.Alice, _clock, "Same day, first", new LocalDate(2026, 6, 1));
        var bobs = TestData.Record(TestData.Bob, _clock, "Bob's", new LocalDate(2020, 1, 1));
        await _store.AddAsync([undated, sameDayFirst, bobs, later, earlier], Cancel);

        var titles = (await _store.ListAsync(TestData.Alice, Cancel)).Select(r => r.Title);

        Assert.Equal(["Earlier", "Later", "Same day, first", "Undated"], titles);
    }

    [Fact]
    public async Task ListAsync_MemberWithoutRecords_IsEmpty()
    {
        await _store.AddAsync([TestData.Record(TestData.Bob, _clock)], Cancel);

        Assert.Empty(await _store.ListAsync(TestData.Alice, Cancel));
    }

    [Fact]
    public async Task SummarizeAsync_MembersRecords_MatchesTheDomainSummary()
    {
        var planned = TestData.Record(TestData.Alice, _clock);
        var overdue = planned.ChangeDetails(
            planned.Details with { ReminderDate = Today.PlusDays(-1), Hours = 2.5m }, planned.DetailsRevision, _clock);
        var started = TestData.Answered(TestData.Record(TestData.Alice, _clock), _clock);
        var bobs = TestData.Record(TestData.Bob, _clock);
        await _store.AddAsync([overdue, started, bobs], Cancel);

        var summary = await _store.SummarizeAsync(TestData.Alice, Today, Cancel);

        Assert.Equal(CpdSummary.Of([overdue, started], Today), summary);
        Assert.Equal(new CpdSummary(2, 0, 1, 1, 1, 2.5m), summary);
        Assert.Equal(CpdSummary.Empty, await _store.SummarizeAsync(MemberId.From("carol"), Today, Cancel));
    }

    [Property(Arbitrary = [typeof(StorageArbitraries), typeof(DomainArbitraries)], MaxTest = 100)]
    public async Task ListAndSummarize_AnyMembersRecords_GiveEachMemberExactlyTheirsInOrder(StoredRecords stored)
    {
        var store = new InMemoryCpdRecordStore();
        await store.AddAsync([.. stored.Records]);

        foreach (var member in stored.Records.Select(r => r.MemberId).Distinct())
        {
            var theirs = stored.Records.Where(r => r.MemberId == member).ToList();

            Assert.Equal(theirs.Order(CpdRecordOrder.Instance), await store.ListAsync(member));
            Assert.Equal(CpdSummary.Of(theirs, Today), await store.SummarizeAsync(member, Today));
            foreach (var record in theirs)
            {
                Assert.Same(record, await store.FindAsync(member, record.Id));
            }
        }
    }
}
