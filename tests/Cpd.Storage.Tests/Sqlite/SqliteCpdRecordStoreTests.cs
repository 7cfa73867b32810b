using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Storage.Sqlite;
using Cpd.Storage.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Storage.Tests.Sqlite;

public sealed partial class SqliteCpdRecordStoreTests : IDisposable
{
    private static readonly MemberId Member = MemberId.From("member-sqlite");
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 3, 9, 0), Duration.FromSeconds(1));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("This is a text file, not a database.")]
    [InlineData("{\"format\":\"cpd-library/records\",\"schemaVersion\":1,\"records\":[]}")]
    [InlineData("SQLite format 2\0 but not really")]
    public async Task InitializeAsync_OnAFileThatIsNotSqlite_RefusesAndLeavesItUntouched(string content)
    {
        await File.WriteAllTextAsync(_database.Path, content, Cancellation);

        var error = await Assert.ThrowsAsync<CpdStoreException>(() => _database.NewStore().InitializeAsync(Cancellation));

        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllTextAsync(_database.Path, Cancellation));
    }

    [Fact]
    public async Task InitializeAsync_OnASchemaNewerThanTheLibrary_RefusesAndLeavesItUntouched()
    {
        _database.Scalar("CREATE TABLE future (x); PRAGMA user_version = 99;");
        var before = await File.ReadAllBytesAsync(_database.Path, Cancellation);

        var error = await Assert.ThrowsAsync<CpdStoreException>(() => _database.NewStore().ListAsync(Member, Cancellation));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(_database.Path, Cancellation));
    }

    [Fact]
    public async Task InitializeAsync_OnAVersionOneDatabase_UpgradesInPlaceAndKeepsTheData()
    {
        var record = NewRecord("Written by an older version", answers: 1);
        await new SqliteDatabase(new SqliteStoreOptions { DatabasePath = _database.Path }).MigrateAsync(1, Cancellation);
        InsertAsVersionOne(record);

        var store = _database.NewStore();
        await store.InitializeAsync(Cancellation);
        await _database.NewStore().InitializeAsync(Cancellation);

        Assert.Equal((long)Cpd.Storage.Sqlite.Schema.SchemaHistory.Latest, _database.Scalar("PRAGMA user_version;"));
        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_records_due_reminders';"));
        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'objectives';"));
        var found = await store.FindAsync(Member, record.Id, Cancellation);
        Assert.Equal(record, found);
        Assert.False(found!.IsPlanned);
    }

    [Fact]
    public async Task UpdateAsync_OfARecordFromBeforeVersionFour_KeepsTheLinksTheMemberAdds()
    {
        var record = NewRecord("Written before plans existed", answers: 1);
        await new SqliteDatabase(new SqliteStoreOptions { DatabasePath = _database.Path }).MigrateAsync(3, Cancellation);
        InsertAsVersionOne(record);
        var store = _database.NewStore();
        var objective = Cpd.Domain.Planning.ObjectiveId.New(_clock.GetCurrentInstant());

        var linked = record.ChangeDetails(
            record.Details with { Objectives = Cpd.Domain.Planning.ObjectiveSet.Of(objective) }, record.DetailsRevision, _clock);
        await store.UpdateAsync(linked, record.Version, Cancellation);

        Assert.Equal(linked, await _database.NewStore().FindAsync(Member, record.Id, Cancellation));
        Assert.Equal($"[\"{objective}\"]", _database.Scalar("SELECT objective_ids FROM records;"));
    }

    [Fact]
    public async Task Store_UsesTheWriteAheadLogAndDurableCommits()
    {
        var store = _database.NewStore();
        await store.AddAsync([NewRecord("Durable")], Cancellation);
        await using var connection = await new SqliteDatabase(new SqliteStoreOptions { DatabasePath = _database.Path })
            .OpenAsync(Cancellation);
        await using var command = connection.CreateCommand();

        command.CommandText = "PRAGMA journal_mode;";
        var journalMode = await command.ExecuteScalarAsync(Cancellation);
        command.CommandText = "PRAGMA synchronous;";
        var synchronous = await command.ExecuteScalarAsync(Cancellation);

        Assert.Equal("wal", journalMode);
        Assert.Equal(2L, synchronous);
    }

    [Fact]
    public async Task TwentyParallelSaves_InterleavedWithListings_AllSucceedAndNothingIsLost()
    {
        var records = Enumerable.Range(1, 3).Select(i => NewRecord($"Record {i}")).ToArray();
        await _database.NewStore().AddAsync(records, Cancellation);
        var saves = records
            .SelectMany(record => ReflectionFrameworks.Default.Questions.Select(q => (record.Id, q.Key)))
            .Take(20)
            .ToArray();

        var work = saves.Select(save => Task.Run(() => new CpdJournal(_database.NewStore(), _clock)
                .SaveAnswerAsync(Member, save.Id, save.Key, $"{save.Key} of {save.Id}", CpdRecord.NoRevision)))
            .Cast<Task>()
            .Concat(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _database.NewStore().ListAsync(Member))));
        await Task.WhenAll(work);

        var stored = await _database.NewStore().ListAsync(Member, Cancellation);
        var answers = stored.SelectMany(record => record.Answers.Select(pair => $"{record.Id}/{pair.Key}: {pair.Value.Text}"));
        Assert.Equal(
            saves.Select(save => $"{save.Id}/{save.Key}: {save.Key} of {save.Id}").Order(StringComparer.Ordinal),
            answers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Write_WhileAnotherWriterHoldsTheDatabasePastTheBusyTimeout_IsATypedBusyError()
    {
        var store = _database.NewStore(TimeSpan.FromMilliseconds(200));
        await store.InitializeAsync(Cancellation);
        await using var blocker = _database.OpenRaw();
        await using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync(Cancellation);
        }

        var error = await Assert.ThrowsAsync<CpdStoreException>(() => store.AddAsync([NewRecord("Blocked")], Cancellation));

        Assert.Contains("busy", error.Message, StringComparison.Ordinal);
        Assert.IsNotType<Microsoft.Data.Sqlite.SqliteException>(error);
    }

    [Fact]
    public async Task Store_AtAPathThatIsAFolder_GivesATypedError()
    {
        Directory.CreateDirectory(_database.Path);

        await Assert.ThrowsAsync<CpdStoreException>(() => _database.NewStore().InitializeAsync(Cancellation));
    }

    [Theory]
    [InlineData("UPDATE records SET created_at = 1e30;")]
    [InlineData("UPDATE records SET updated_at = 'yesterday';")]
    [InlineData("UPDATE answers SET saved_at = 'not a number';")]
    [InlineData("UPDATE answers SET saved_at = -1e300;")]
    [InlineData("UPDATE records SET objective_ids = 'not json';")]
    [InlineData("UPDATE records SET objective_ids = '[\"not-a-guid\"]';")]
    [InlineData("UPDATE records SET objective_ids = '[null]';")]
    [InlineData("UPDATE records SET objective_ids = '{}';")]
    [InlineData("UPDATE records SET follows_up = 'not-a-guid';")]
    public async Task Read_OfARowWithAnUnreadableValue_GivesATypedDamagedError(string damage)
    {
        var record = NewRecord("Damaged later", answers: 2);
        await _database.NewStore().AddAsync([record], Cancellation);
        _database.Scalar(damage);

        var store = _database.NewStore();

        var listed = await Assert.ThrowsAsync<CpdStoreException>(() => store.ListAsync(Member, Cancellation));
        var found = await Assert.ThrowsAsync<CpdStoreException>(() => store.FindAsync(Member, record.Id, Cancellation));
        Assert.Contains("damaged", listed.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_CancelledMidway_StoresNoneOfTheRecords()
    {
        var store = _database.NewStore();
        var kept = NewRecord("Kept");
        await store.AddAsync([kept], Cancellation);
        using var cancellation = new CancellationTokenSource();
        var records = new CancellingCollection<CpdRecord>(
            [.. Enumerable.Range(1, 50).Select(i => NewRecord($"Imported {i}", answers: 3))],
            cancelAfter: 20,
            cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddAsync(records, cancellation.Token));

        Assert.Equal([kept], await _database.NewStore().ListAsync(Member, Cancellation));
        Assert.Equal(0L, _database.Scalar("SELECT COUNT(*) FROM answers;"));
        Assert.Equal("ok", _database.Scalar("PRAGMA integrity_check;"));
    }

    private void InsertAsVersionOne(CpdRecord record)
    {
        using var connection = _database.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO records (id, member_id, framework_id, framework_version, title, activity_date, category, " +
            "hours_centi, notes, reminder_date, details_revision, status, created_at, updated_at, version) VALUES " +
            "($id, $member, 'cpd-reflection', 1, $title, '2026-10-01', NULL, 150, '', NULL, 1, 1, $at, $at, 1); " +
            "INSERT INTO answers (record_id, question_key, text, saved_at, revision) VALUES ($id, 'activity', $text, $at, 1);";
        command.Parameters.AddWithValue("$id", record.Id.Value.ToString("D"));
        command.Parameters.AddWithValue("$member", Member.Value);
        command.Parameters.AddWithValue("$title", record.Title);
        command.Parameters.AddWithValue("$text", record.AnswerTo("activity")!.Text);
        command.Parameters.AddWithValue("$at", (record.CreatedAt - NodaConstants.UnixEpoch).ToInt64Nanoseconds());
        command.ExecuteNonQuery();
    }

    private CpdRecord NewRecord(string title, int answers = 0) => CpdRecord.Create(
        CpdRecordId.New(_clock.GetCurrentInstant()),
        Member,
        ReflectionFrameworks.Default,
        new CpdRecordDetails { Title = title, ActivityDate = new LocalDate(2026, 10, 1), Hours = 1.5m },
        _clock,
        ReflectionFrameworks.Default.Questions.Take(answers).ToDictionary(q => q.Key, q => $"Answer to {q.Key}"));
}
