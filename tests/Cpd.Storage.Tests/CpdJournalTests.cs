using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Storage.InMemory;
using Cpd.Storage.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Storage.Tests;

public sealed partial class CpdJournalTests
{
    private readonly InMemoryCpdRecordStore _store = new();
    private readonly FakeClock _clock = TestData.Clock();
    private readonly CpdJournal _journal;

    public CpdJournalTests()
    {
        _journal = new CpdJournal(_store, _clock);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddRecordAsync_ValidDetails_StoresANotStartedRecordWithTheCurrentFramework()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details("  Webinar "), Cancel);

        Assert.Equal("Webinar", record.Title);
        Assert.Equal(CpdRecordStatus.NotStarted, record.Status);
        Assert.Same(ReflectionFrameworks.Default, record.Framework);
        Assert.Equal(record, await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task AddRecordAsync_HostCatalog_UsesItsCurrentFramework()
    {
        var current = new ReflectionFramework("body", 2, "Body v2", [new("goal", "Goal?")]);
        var catalog = new ReflectionFrameworkCatalog(current, ReflectionFrameworks.Default);
        var journal = new CpdJournal(_store, _clock, catalog);

        var record = await journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        var done = await journal.SaveAnswerAsync(TestData.Alice, record.Id, "goal", "Reached", 0, Cancel);

        Assert.Same(current, journal.CurrentFramework);
        Assert.Equal(CpdRecordStatus.Completed, done.Status);
    }

    [Fact]
    public async Task AddRecordAsync_InvalidDetails_ThrowsAndStoresNothing()
    {
        var error = await Assert.ThrowsAsync<CpdValidationException>(
            () => _journal.AddRecordAsync(TestData.Alice, TestData.Details(" "), Cancel));

        Assert.Equal("title", error.Errors[0].Field);
        Assert.Empty(await _journal.ListRecordsAsync(TestData.Alice, Cancel));
    }

    [Fact]
    public async Task GetRecordAsync_AnotherMembersRecord_ThrowsNotFound()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);

        var error = await Assert.ThrowsAsync<CpdRecordNotFoundException>(
            () => _journal.GetRecordAsync(TestData.Bob, record.Id, Cancel));

        Assert.Equal(record.Id, error.RecordId);
    }

    [Fact]
    public async Task SaveAnswerAsync_AnotherMembersRecord_ThrowsNotFoundAndChangesNothing()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);

        await Assert.ThrowsAsync<CpdRecordNotFoundException>(
            () => _journal.SaveAnswerAsync(TestData.Bob, record.Id, "activity", "Not mine", 0, Cancel));

        Assert.Equal(record, await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task SaveAnswerAsync_EverySevenOverSittings_CompletesTheStoredRecord()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);

        foreach (var question in ReflectionFrameworks.Default.Questions)
        {
            await _journal.SaveAnswerAsync(TestData.Alice, record.Id, question.Key, $"On {question.Key}", 0, Cancel);
        }

        var stored = await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel);
        Assert.Equal(CpdRecordStatus.Completed, stored.Status);
        Assert.Equal(8, stored.Version);
    }

    [Fact]
    public async Task SaveAnswerAsync_StaleRevision_ThrowsConflictAndKeepsTheStoredAnswer()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        await _journal.SaveAnswerAsync(TestData.Alice, record.Id, "learning", "From the laptop", 0, Cancel);

        var error = await Assert.ThrowsAsync<CpdAnswerConflictException>(
            () => _journal.SaveAnswerAsync(TestData.Alice, record.Id, "learning", "From the phone", 0, Cancel));

        var stored = await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel);
        Assert.Equal(("From the phone", "From the laptop"), (error.AttemptedText, error.StoredAnswer?.Text));
        Assert.Equal("From the laptop", stored.AnswerTo("learning")?.Text);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task SaveAnswerAsync_IdenticalText_WritesNothing()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        var saved = await _journal.SaveAnswerAsync(TestData.Alice, record.Id, "purpose", "Same", 0, Cancel);

        var again = await _journal.SaveAnswerAsync(TestData.Alice, record.Id, "purpose", "Same", 0, Cancel);

        Assert.Equal(saved, again);
        Assert.Equal(2, (await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel)).Version);
    }

    [Fact]
    public async Task ClearAnswerAsync_NoSavedAnswer_ThrowsLifecycleNamingTheQuestion()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);

        var error = await Assert.ThrowsAsync<CpdLifecycleException>(
            () => _journal.ClearAnswerAsync(TestData.Alice, record.Id, "evaluation", 0, Cancel));

        Assert.Contains("'evaluation'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClearAnswerAsync_SavedAnswer_MakesTheStoredRecordIncompleteAgain()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        var saved = await _journal.SaveAnswerAsync(TestData.Alice, record.Id, "activity", "Talk", 0, Cancel);

        var cleared = await _journal.ClearAnswerAsync(
            TestData.Alice, record.Id, "activity", saved.AnswerTo("activity")!.Revision, Cancel);

        Assert.Equal(CpdRecordStatus.NotStarted, cleared.Status);
        Assert.Equal(cleared, await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task ChangeDetailsAsync_ChangedInAnotherSitting_ThrowsConflictAndKeepsTheFirst()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        await _journal.ChangeDetailsAsync(TestData.Alice, record.Id, TestData.Details("Laptop"), 1, Cancel);

        await Assert.ThrowsAsync<CpdDetailsConflictException>(
            () => _journal.ChangeDetailsAsync(TestData.Alice, record.Id, TestData.Details("Phone"), 1, Cancel));

        Assert.Equal("Laptop", (await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel)).Title);
    }

    [Fact]
    public async Task ChangeDetailsAsync_AfterAnAnswerSavedElsewhere_KeepsBoth()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        await _journal.SaveAnswerAsync(TestData.Alice, record.Id, "activity", "Phone answer", 0, Cancel);

        var changed = await _journal.ChangeDetailsAsync(
            TestData.Alice, record.Id, TestData.Details("Laptop"), 1, Cancel);

        Assert.Equal(("Laptop", "Phone answer"), (changed.Title, changed.AnswerTo("activity")?.Text));
    }

    [Fact]
    public async Task DeleteRecordAsync_StaleVersion_ThrowsConcurrencyAndKeepsIt()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        await _journal.SaveAnswerAsync(TestData.Alice, record.Id, "activity", "Talk", 0, Cancel);

        await Assert.ThrowsAsync<CpdConcurrencyException>(
            () => _journal.DeleteRecordAsync(TestData.Alice, record.Id, record.Version, Cancel));
        await _journal.DeleteRecordAsync(TestData.Alice, record.Id, record.Version + 1, Cancel);

        Assert.Empty(await _journal.ListRecordsAsync(TestData.Alice, Cancel));
    }

    [Theory]
    [InlineData("Pacific/Auckland", 1)]
    [InlineData("Europe/London", 0)]
    public async Task GetSummaryAsync_MembersZone_DecidesWhatIsOverdue(string zone, int overdue)
    {
        await _journal.AddRecordAsync(
            TestData.Alice, TestData.Details() with { ReminderDate = new LocalDate(2026, 12, 3) }, Cancel);
        _clock.Reset(Instant.FromUtc(2026, 12, 3, 23, 30));

        var summary = await _journal.GetSummaryAsync(TestData.Alice, MemberTimeZone.Resolve(zone), Cancel);

        Assert.Equal(new CpdSummary(1, 0, 0, 1, overdue, 0m), summary);
    }

    [Fact]
    public async Task SaveAnswerAsync_StoreRefusesEveryWrite_GivesUpAfterMaxAttempts()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);
        var busy = new AlwaysStaleStore(_store);
        var journal = new CpdJournal(busy, _clock);

        await Assert.ThrowsAsync<CpdConcurrencyException>(
            () => journal.SaveAnswerAsync(TestData.Alice, record.Id, "activity", "Talk", 0, Cancel));

        Assert.Equal(CpdJournal.MaxAttempts, busy.Writes);
        Assert.Equal(record, await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel));
    }

    [Fact]
    public async Task SaveAnswerAsync_AnotherSittingWritesBetweenReadAndWrite_RetriesAndKeepsBoth()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);

        // Both read version 1, the first writes, the second's write is stale and is applied again.
        var results = await Sittings.RunAsync(
            _store,
            _clock,
            [0, 1, 0, 1],
            j => j.SaveAnswerAsync(TestData.Alice, record.Id, "activity", "Laptop", 0, Cancel),
            j => j.SaveAnswerAsync(TestData.Alice, record.Id, "purpose", "Phone", 0, Cancel));

        var stored = await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel);
        Assert.Equal([0, 1], results.Select(r => r.StaleWrites));
        Assert.Equal(("Laptop", "Phone"), (stored.AnswerTo("activity")?.Text, stored.AnswerTo("purpose")?.Text));
        Assert.Equal(3, stored.Version);
    }

    [Fact]
    public async Task SaveAnswerAsync_SameQuestionFromTwoSittingsRacing_SecondGetsAConflict()
    {
        var record = await _journal.AddRecordAsync(TestData.Alice, TestData.Details(), Cancel);

        var results = await Sittings.RunAsync(
            _store,
            _clock,
            [0, 1, 0, 1],
            j => j.SaveAnswerAsync(TestData.Alice, record.Id, "learning", "Laptop", 0, Cancel),
            j => j.SaveAnswerAsync(TestData.Alice, record.Id, "learning", "Phone", 0, Cancel));

        var conflict = Assert.IsType<CpdAnswerConflictException>(results[1].Error);
        Assert.Equal(("Phone", "Laptop"), (conflict.AttemptedText, conflict.StoredAnswer?.Text));
        var stored = await _journal.GetRecordAsync(TestData.Alice, record.Id, Cancel);
        Assert.Equal("Laptop", stored.AnswerTo("learning")?.Text);
    }
}
