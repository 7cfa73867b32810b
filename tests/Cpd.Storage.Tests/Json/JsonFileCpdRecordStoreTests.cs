using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Storage.Json;
using Cpd.Storage.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Storage.Tests.Json;

public sealed partial class JsonFileCpdRecordStoreTests : IDisposable
{
    private static readonly MemberId Member = MemberId.From("member-json");
    private readonly TemporaryFolder _folder = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 3, 9, 0), Duration.FromSeconds(1));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ListAsync_WhenNoFileExists_IsEmpty()
    {
        var store = NewStore();

        Assert.Empty(await store.ListAsync(Member, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(store.FilePath));
    }

    [Fact]
    public async Task AddAsync_ThenAnotherInstance_ReadsEveryFieldBackExactly()
    {
        var record = NewRecord("Ångström imaging — 量子 🧪 שלום", notes: "Line one\r\nline two\t\"quoted\" <b>&amp;</b>");
        await NewStore().AddAsync([record], TestContext.Current.CancellationToken);

        var read = await NewStore().FindAsync(Member, record.Id, TestContext.Current.CancellationToken);

        Assert.Equal(record, read);
        Assert.Equal(record.Notes, read!.Notes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("{\"format\":\"cpd-library/records\",\"schemaVersion\":1,\"records\":[")]
    [InlineData("{\"format\":\"something-else\",\"schemaVersion\":1,\"records\":[]}")]
    [InlineData("{\"format\":\"cpd-library/records\",\"schemaVersion\":99,\"records\":[]}")]
    [InlineData("[1,2,3]")]
    public async Task Store_OverAnUnreadableFile_RefusesToReadOrWriteAndLeavesItUntouched(string content)
    {
        var store = NewStore();
        await File.WriteAllTextAsync(store.FilePath, content, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<CpdStoreException>(() => store.ListAsync(Member, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<CpdStoreException>(() => store.AddAsync([NewRecord("New")], TestContext.Current.CancellationToken));

        Assert.Equal(content, await File.ReadAllTextAsync(store.FilePath, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Store_OverAFileWithADamagedRecord_RefusesAndLeavesItUntouched()
    {
        var store = NewStore();
        await store.AddAsync([NewRecord("Fine")], TestContext.Current.CancellationToken);
        var damaged = (await File.ReadAllTextAsync(store.FilePath, TestContext.Current.CancellationToken))
            .Replace("\"title\": \"Fine\"", "\"title\": \"\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(store.FilePath, damaged, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<CpdStoreException>(() => store.ListAsync(Member, TestContext.Current.CancellationToken));

        Assert.Contains("title", error.Message, StringComparison.Ordinal);
        Assert.Equal(damaged, await File.ReadAllTextAsync(store.FilePath, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UpdateAsync_AgainstAStaleVersion_IsRefusedAndTheFileIsUnchanged()
    {
        var store = NewStore();
        var record = NewRecord("Seminar");
        await store.AddAsync([record], TestContext.Current.CancellationToken);
        var first = record.SaveAnswer("learning", "First", CpdRecord.NoRevision, _clock);
        await store.UpdateAsync(first, record.Version, TestContext.Current.CancellationToken);
        var before = await File.ReadAllBytesAsync(store.FilePath, TestContext.Current.CancellationToken);

        var stale = record.SaveAnswer("learning", "Second", CpdRecord.NoRevision, _clock);
        await Assert.ThrowsAsync<CpdConcurrencyException>(
            () => store.UpdateAsync(stale, record.Version, TestContext.Current.CancellationToken));

        Assert.Equal(before, await File.ReadAllBytesAsync(store.FilePath, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Writes_LeaveNoTemporaryFilesBehind()
    {
        var store = NewStore();
        var record = NewRecord("Workshop");
        await store.AddAsync([record], TestContext.Current.CancellationToken);
        await store.UpdateAsync(record.SaveAnswer("activity", "Did it", 0, _clock), 1, TestContext.Current.CancellationToken);

        var files = Directory.GetFiles(_folder.Path).Select(Path.GetFileName);

        Assert.Equal(["cpd-records.json", "cpd-records.json.lock"], files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ParallelSavesOfDifferentAnswers_FromSeparateStoreInstances_AllPersist()
    {
        var record = NewRecord("Course");
        await NewStore().AddAsync([record], TestContext.Current.CancellationToken);
        var questions = ReflectionFrameworks.Default.Questions;

        await Task.WhenAll(questions.Select(question => Task.Run(() =>
            new CpdJournal(NewStore(), _clock).SaveAnswerAsync(
                Member, record.Id, question.Key, $"Answer to {question.Key}", CpdRecord.NoRevision))));

        var stored = await NewStore().FindAsync(Member, record.Id, TestContext.Current.CancellationToken);
        Assert.Equal(CpdRecordStatus.Completed, stored!.Status);
        Assert.All(questions, q => Assert.Equal($"Answer to {q.Key}", stored.AnswerTo(q.Key)!.Text));
        Assert.Equal(1 + questions.Count, stored.Version);
    }

    [Fact]
    public async Task ChangeAsync_WhileAnotherWriterHoldsTheLock_ReportsBusyAfterTheTimeout()
    {
        var store = NewStore(TimeSpan.FromMilliseconds(100));
        await using var held = new FileStream(store.FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var error = await Assert.ThrowsAsync<CpdStoreException>(
            () => store.AddAsync([NewRecord("Blocked")], TestContext.Current.CancellationToken));

        Assert.Contains("busy", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(store.FilePath));
    }

    [Fact]
    public async Task Store_OverAVersionOneFile_ReadsItAndUpgradesItOnTheNextWrite()
    {
        var store = NewStore();
        var record = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()),
            Member,
            ReflectionFrameworks.Default,
            new CpdRecordDetails { Title = "Written by an older version", ReminderDate = new LocalDate(2026, 12, 1) },
            _clock);
        await store.AddAsync([record], TestContext.Current.CancellationToken);
        var versionOne = (await File.ReadAllTextAsync(store.FilePath, TestContext.Current.CancellationToken))
            .Replace("\"schemaVersion\": 3,\n  \"records\"", "\"schemaVersion\": 1,\n  \"records\"", StringComparison.Ordinal)
            .Replace(",\n  \"reminders\": []", string.Empty, StringComparison.Ordinal)
            .Replace(",\n  \"objectives\": []", string.Empty, StringComparison.Ordinal)
            .Replace(",\n  \"planReviews\": []", string.Empty, StringComparison.Ordinal);
        await File.WriteAllTextAsync(store.FilePath, versionOne, TestContext.Current.CancellationToken);

        var due = await store.FindDueRemindersAsync(new LocalDate(2026, 12, 3), 10, TestContext.Current.CancellationToken);
        await store.TryClaimReminderAsync(due[0].Key, "dispatcher", _clock.GetCurrentInstant(), Duration.FromMinutes(5),
            TestContext.Current.CancellationToken);

        Assert.Contains("\"schemaVersion\": 1,", versionOne, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reminders\"", versionOne, StringComparison.Ordinal);
        Assert.DoesNotContain("\n  \"objectives\"", versionOne, StringComparison.Ordinal);
        Assert.Equal(record.Id, Assert.Single(due).Key.RecordId);
        var upgraded = await File.ReadAllTextAsync(store.FilePath, TestContext.Current.CancellationToken);
        Assert.Contains("\"schemaVersion\": 3,\n  \"records\"", upgraded, StringComparison.Ordinal);
        Assert.Contains("\"claimedBy\": \"dispatcher\"", upgraded, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"format\":\"cpd-library/records\",\"schemaVersion\":2,\"records\":null}")]
    [InlineData("{\"format\":\"cpd-library/records\",\"schemaVersion\":2,\"records\":[null]}")]
    [InlineData("{\"format\":\"cpd-library/records\",\"schemaVersion\":2,\"records\":[],\"reminders\":[null]}")]
    [InlineData("{\"format\":\"cpd-library/records\",\"schemaVersion\":3,\"records\":[],\"objectives\":[null]}")]
    [InlineData("{\"format\":\"cpd-library/records\",\"schemaVersion\":3,\"records\":[],\"planReviews\":[null]}")]
    public async Task Store_OverAFileWithNullWhereEntriesBelong_RefusesAndLeavesItUntouched(string content)
    {
        var cancel = TestContext.Current.CancellationToken;
        var store = NewStore();
        await File.WriteAllTextAsync(store.FilePath, content, cancel);

        await Assert.ThrowsAsync<CpdStoreException>(() => store.ListAsync(Member, cancel));
        await Assert.ThrowsAsync<CpdStoreException>(
            () => store.FindDueRemindersAsync(new LocalDate(2026, 12, 3), 10, cancel));
        await Assert.ThrowsAsync<CpdStoreException>(() => store.AddAsync([NewRecord("New")], cancel));

        Assert.Equal(content, await File.ReadAllTextAsync(store.FilePath, cancel));
    }

    [Fact]
    public async Task Write_WhenTheDataFolderIsAFile_GivesATypedStoreError()
    {
        var file = Path.Combine(_folder.Path, "not-a-folder");
        await File.WriteAllTextAsync(file, "a file", TestContext.Current.CancellationToken);
        var store = new JsonFileCpdRecordStore(new JsonFileStoreOptions { DataDirectory = Path.Combine(file, "data") });

        var error = await Assert.ThrowsAsync<CpdStoreException>(
            () => store.AddAsync([NewRecord("Nowhere to go")], TestContext.Current.CancellationToken));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Equal("a file", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Write_WhenTheLockFileIsAFolder_GivesATypedStoreErrorRatherThanBusy()
    {
        var store = NewStore();
        Directory.CreateDirectory(store.FilePath + ".lock");

        var error = await Assert.ThrowsAsync<CpdStoreException>(
            () => store.AddAsync([NewRecord("Blocked by a folder")], TestContext.Current.CancellationToken));

        Assert.DoesNotContain("busy", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(store.FilePath));
    }

    [Fact]
    public async Task Write_WhenTheLockFileCannotBeCreated_GivesATypedStoreErrorRatherThanBusy()
    {
        var store = NewStore();
        File.CreateSymbolicLink(store.FilePath + ".lock", Path.Combine(_folder.Path, "missing-folder", "x.lock"));

        var error = await Assert.ThrowsAsync<CpdStoreException>(
            () => store.AddAsync([NewRecord("Lock cannot be made")], TestContext.Current.CancellationToken));

        Assert.DoesNotContain("busy", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(store.FilePath));
    }

    [Fact]
    public async Task AddAsync_CancelledWhileTheRecordsAreRead_WritesNothing()
    {
        var store = NewStore();
        var kept = NewRecord("Kept");
        await store.AddAsync([kept], TestContext.Current.CancellationToken);
        var before = await File.ReadAllBytesAsync(store.FilePath, TestContext.Current.CancellationToken);
        using var cancellation = new CancellationTokenSource();
        var records = new CancellingCollection<CpdRecord>(
            [.. Enumerable.Range(1, 50).Select(i => NewRecord($"Imported {i}"))], cancelAfter: 20, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddAsync(records, cancellation.Token));

        Assert.Equal(before, await File.ReadAllBytesAsync(store.FilePath, TestContext.Current.CancellationToken));
        Assert.Equal([kept], await NewStore().ListAsync(Member, TestContext.Current.CancellationToken));
        Assert.Equal(
            ["cpd-records.json", "cpd-records.json.lock"],
            Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FindAsync_ForAnotherMembersRecord_ReturnsNothing()
    {
        var store = NewStore();
        var record = NewRecord("Private");
        await store.AddAsync([record], TestContext.Current.CancellationToken);

        var found = await store.FindAsync(MemberId.From("someone-else"), record.Id, TestContext.Current.CancellationToken);

        Assert.Null(found);
    }

    private JsonFileCpdRecordStore NewStore(TimeSpan? busyTimeout = null) => new(new JsonFileStoreOptions
    {
        DataDirectory = _folder.Path,
        BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(10),
    });

    private CpdRecord NewRecord(string title, string notes = "") => CpdRecord.Create(
        CpdRecordId.New(_clock.GetCurrentInstant()),
        Member,
        ReflectionFrameworks.Default,
        new CpdRecordDetails { Title = title, Notes = notes, ActivityDate = new LocalDate(2026, 11, 2), Hours = 2.5m },
        _clock);
}
