using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace Cpd.Storage.Postgres.Tests;

/// <summary>What the conformance suite cannot see: PostgreSQL's own failures, retries, many writers at once.</summary>
public sealed partial class PostgresCpdRecordStoreTests : IAsyncDisposable
{
    private static readonly MemberId Member = MemberId.From("member-postgres");
    private readonly PostgresTestSchema _schema = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 3, 9, 0), Duration.FromSeconds(1));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    [Fact]
    public async Task Constructor_WithAMalformedConnectionString_SaysWhatToFixWithoutShowingThePassword()
    {
        var options = new PostgresStoreOptions { ConnectionString = "Host=127.0.0.1;Password=hunter2;Colour=blue" };

        var error = Assert.Throws<CpdStoreException>(() => new PostgresCpdRecordStore(options));

        Assert.Contains("connection string is not valid", error.Message, StringComparison.Ordinal);
        Assert.Contains("PostgresStoreOptions.ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Cpd")]
    [InlineData("9lives")]
    [InlineData("cpd-records")]
    [InlineData("cpd\"; DROP SCHEMA public; --")]
    [InlineData("a123456789a123456789a123456789a123456789a123456789a123456789abcd")]
    public void Constructor_WithASchemaNamePostgresWouldQuoteOrCut_NamesTheRule(string schemaName)
    {
        var options = _schema.Options(o => o.SchemaName = schemaName);

        var error = Assert.Throws<ArgumentException>(() => new PostgresCpdRecordStore(options));

        Assert.StartsWith("PostgresStoreOptions.SchemaName must be 1 to 63 lower-case letters", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCall_WhenNoServerListens_IsATypedErrorThatSaysWhatToCheck()
    {
        var store = _schema.NewStore(o => o.ConnectionString = "Host=127.0.0.1;Port=1;Username=postgres;Database=cpd");

        var error = await Assert.ThrowsAsync<CpdStoreException>(() => store.ListAsync(Member, Cancellation));

        Assert.Contains("PostgreSQL on 127.0.0.1:1 could not be reached", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            "check that the server is running and that Host and Port", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<NpgsqlException>(error.InnerException);
    }

    [Fact]
    public async Task AnyCall_OnADatabaseThatDoesNotExist_SaysToCreateIt()
    {
        var missing = "cpd_missing_" + Guid.NewGuid().ToString("N");
        var store = _schema.NewStore(o => o.ConnectionString = WithServer(builder => builder.Database = missing));

        var error = await Assert.ThrowsAsync<CpdStoreException>(
            () => store.AddAsync([NewRecord("Nowhere")], Cancellation));

        Assert.Contains($"The database '{missing}' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("create it, or fix Database in the connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCall_AsAnUnknownUser_SaysToCheckTheCredentials()
    {
        var store = _schema.NewStore(o => o.ConnectionString = WithServer(builder => builder.Username = "nobody_cpd"));

        var error = await Assert.ThrowsAsync<CpdStoreException>(() => store.InitializeAsync(Cancellation));

        Assert.Contains("refused the user name or password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_BlockedByAnotherWriterPastTheCommandTimeout_IsATypedTimeoutAndChangesNothing()
    {
        var record = await AddAsync(NewRecord("Locked elsewhere"));
        var store = _schema.NewStore(o => o.CommandTimeout = TimeSpan.FromSeconds(1));
        await store.InitializeAsync(Cancellation);
        await using var blocker = await _schema.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync(Cancellation);
        var lockRowSql = $"SELECT 1 FROM records WHERE id = '{record.Id.Value}' FOR UPDATE;";
        await using (var lockRow = new NpgsqlCommand(lockRowSql, blocker))
        {
            await lockRow.ExecuteNonQueryAsync(Cancellation);
        }

        var changed = record.SaveAnswer("activity", "Waited too long", CpdRecord.NoRevision, _clock);
        var error = await Assert.ThrowsAsync<CpdStoreException>(
            () => store.UpdateAsync(changed, record.Version, Cancellation));
        await transaction.RollbackAsync(Cancellation);

        Assert.Contains("did not answer within the command timeout of 1 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(record, await store.FindAsync(Member, record.Id, Cancellation));
    }

    [Fact]
    public async Task AnyCall_WithACancelledToken_IsCancelledNotWrapped()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _schema.NewStore().ListAsync(Member, cancelled.Token));
    }

    [Fact]
    public async Task AddAsync_AfterSerializationFailures_RetriesTheWholeTransactionAndStoresTheRecordOnce()
    {
        var store = _schema.NewStore();
        await store.InitializeAsync(Cancellation);
        await FailAsync("AFTER INSERT ON answers FOR EACH STATEMENT", "serialization_failure", failures: 2);
        var record = NewRecord("Third time lucky", answers: 4);

        await store.AddAsync([record], Cancellation);

        Assert.Equal("3", await AttemptsAsync());
        Assert.Equal(record, Assert.Single(await store.ListAsync(Member, Cancellation)));
        Assert.Equal(4L, await _schema.ScalarAsync("SELECT COUNT(*) FROM answers;"));
    }

    [Fact]
    public async Task UpdateAsync_WhenDeadlocksPersistPastTheBound_IsATypedConflictAndChangesNothing()
    {
        var record = await AddAsync(NewRecord("Always the victim", answers: 2));
        var store = _schema.NewStore(o => o.MaxRetryAttempts = 2);
        await FailAsync("BEFORE UPDATE ON records FOR EACH ROW", "deadlock_detected", failures: int.MaxValue);
        var unanswered = ReflectionFrameworks.Default.Questions[^1].Key;
        var changed = record.SaveAnswer(unanswered, "Never stored", CpdRecord.NoRevision, _clock);

        var error = await Assert.ThrowsAsync<CpdConflictException>(
            () => store.UpdateAsync(changed, record.Version, Cancellation));

        Assert.Equal("3", await AttemptsAsync());
        Assert.Contains("conflicting concurrent writes", error.Message, StringComparison.Ordinal);
        Assert.Contains("on 3 attempts in a row; nothing was changed", error.Message, StringComparison.Ordinal);
        var cause = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal(PostgresErrorCodes.DeadlockDetected, cause.SqlState);
        Assert.Equal(record, await store.FindAsync(Member, record.Id, Cancellation));
    }

    [Fact]
    public async Task TwentyParallelSaves_FromTwoInstancesInterleavedWithListings_AllPersistAndNothingIsLost()
    {
        var records = Enumerable.Range(1, 3).Select(i => NewRecord($"Record {i}")).ToArray();
        await _schema.NewStore().AddAsync(records, Cancellation);
        var instances = new[] { _schema.NewStore(), _schema.NewStore() };
        var saves = records
            .SelectMany(record => ReflectionFrameworks.Default.Questions.Select(q => (record.Id, q.Key)))
            .Take(20)
            .ToArray();

        var work = saves.Select((save, i) => Task.Run(() => new CpdJournal(instances[i % 2], _clock)
                .SaveAnswerAsync(Member, save.Id, save.Key, $"{save.Key} of {save.Id}", CpdRecord.NoRevision)))
            .Cast<Task>()
            .Concat(Enumerable.Range(0, 20).Select(i => Task.Run(() => instances[i % 2].ListAsync(Member))));
        await Task.WhenAll(work);

        var stored = await _schema.NewStore().ListAsync(Member, Cancellation);
        var answers = stored.SelectMany(
            record => record.Answers.Select(pair => $"{record.Id}/{pair.Key}: {pair.Value.Text}"));
        Assert.Equal(
            saves.Select(save => $"{save.Id}/{save.Key}: {save.Key} of {save.Id}").Order(StringComparer.Ordinal),
            answers.Order(StringComparer.Ordinal));
        Assert.All(stored, record => Assert.Equal(1 + record.Answers.Count, record.Version));
    }

    private static string WithServer(Action<NpgsqlConnectionStringBuilder> change)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresTestServer.ConnectionString);
        change(builder);
        return builder.ConnectionString;
    }

    /// <summary>
    /// Makes the server itself raise an error in the store's transactions, the first <paramref name="failures"/>
    /// times, counting every attempt in a sequence (which no rollback undoes).
    /// </summary>
    private Task FailAsync(string when, string condition, int failures) => _schema.ExecuteAsync($"""
        CREATE SEQUENCE attempts;
        CREATE FUNCTION fail_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF nextval('attempts') <= {failures} THEN
                RAISE EXCEPTION 'raised by the test' USING ERRCODE = '{condition}';
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER fail_attempt {when} EXECUTE FUNCTION fail_attempt();
        """);

    private async Task<string> AttemptsAsync() =>
        Assert.Single(await _schema.ColumnAsync("SELECT last_value FROM attempts;"));

    private async Task<CpdRecord> AddAsync(CpdRecord record)
    {
        await _schema.NewStore().AddAsync([record], Cancellation);
        return record;
    }

    private CpdRecord NewRecord(string title, int answers = 0) => CpdRecord.Create(
        CpdRecordId.New(_clock.GetCurrentInstant()),
        Member,
        ReflectionFrameworks.Default,
        new CpdRecordDetails { Title = title, ActivityDate = new LocalDate(2026, 10, 1), Hours = 1.5m },
        _clock,
        ReflectionFrameworks.Default.Questions.Take(answers).ToDictionary(q => q.Key, q => $"Answer to {q.Key}"));
}
