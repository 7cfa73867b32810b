using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Storage.Postgres.Tests;

/// <summary>Migrations: a fresh schema, an upgrade in place, many instances at once, a newer schema.</summary>
public sealed class PostgresDatabaseTests : IAsyncDisposable
{
    private const string Versions = "SELECT version FROM schema_version ORDER BY version;";
    private const string Indexes =
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname;";

    private const string Tables =
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name;";

    private static readonly string[] LatestIndexes =
    [
        "answers_pkey", "ix_objectives_member", "ix_plan_reviews_member", "ix_records_due_reminders",
        "ix_records_member_summary", "objectives_pkey", "plan_reviews_pkey", "records_pkey", "reminder_dispatch_pkey",
        "schema_version_pkey",
    ];

    private static readonly MemberId Member = MemberId.From("member-migrations");
    private readonly PostgresTestSchema _schema = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 3, 9, 0), Duration.FromSeconds(1));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    [Fact]
    public async Task InitializeAsync_OnADatabaseWithoutTheSchema_CreatesItAtTheLatestVersion()
    {
        await _schema.NewStore().InitializeAsync(Cancellation);

        Assert.Equal(["1", "2", "3", "4"], await _schema.ColumnAsync(Versions));
        Assert.Equal(
            ["answers", "objectives", "plan_reviews", "records", "reminder_dispatch", "schema_version"],
            await _schema.ColumnAsync(Tables));
        Assert.Equal(LatestIndexes, await _schema.ColumnAsync(Indexes));
    }

    [Fact]
    public async Task InitializeAsync_OnAVersionOneSchema_UpgradesInPlaceAndKeepsTheData()
    {
        var record = NewRecord("Written by an older version", answers: 3);
        await using (var older = new PostgresDatabase(_schema.Options()))
        {
            await older.MigrateAsync(1, Cancellation);
        }

        await using (var connection = await _schema.OpenAsync())
        {
            await VersionOneRows.InsertAsync(connection, record);
        }

        Assert.Equal(
            ["answers_pkey", "ix_records_member", "records_pkey", "schema_version_pkey"],
            await _schema.ColumnAsync(Indexes));

        var store = _schema.NewStore();
        await store.InitializeAsync(Cancellation);
        await _schema.NewStore().InitializeAsync(Cancellation);

        Assert.Equal(["1", "2", "3", "4"], await _schema.ColumnAsync(Versions));
        Assert.Equal(LatestIndexes, await _schema.ColumnAsync(Indexes));
        Assert.Equal(record, await store.FindAsync(Member, record.Id, Cancellation));
    }

    [Fact]
    public async Task InitializeAsync_OnAVersionThreeSchema_GivesOlderRecordsNoPlanLinksAndKeepsPlans()
    {
        var record = NewRecord("Written before development plans", answers: 7);
        await using (var older = new PostgresDatabase(_schema.Options()))
        {
            await older.MigrateAsync(3, Cancellation);
        }

        await using (var connection = await _schema.OpenAsync())
        {
            await VersionOneRows.InsertAsync(connection, record);
        }

        var store = _schema.NewStore();
        var found = await store.FindAsync(Member, record.Id, Cancellation);
        var objective = DevelopmentObjective.Create(
            ObjectiveId.New(_clock.GetCurrentInstant()), Member, new ObjectiveDetails { Title = "Lead" }, _clock);
        await store.AddObjectiveAsync(objective, Cancellation);

        Assert.Equal(record, found);
        Assert.Empty(found!.Objectives);
        Assert.Null(found.FollowsUp);
        Assert.Equal([objective], await store.ListObjectivesAsync(Member, Cancellation));
    }

    [Fact]
    public async Task InitializeAsync_FromManyInstancesAtOnce_AppliesEachStepOnce()
    {
        var stores = Enumerable.Range(0, 8).Select(_ => _schema.NewStore()).ToArray();

        await Task.WhenAll(stores.Select(store => Task.Run(() => store.InitializeAsync(Cancellation))));

        Assert.Equal(["1", "2", "3", "4"], await _schema.ColumnAsync(Versions));
        await stores[3].AddAsync([NewRecord("After a crowded start")], Cancellation);
        Assert.Single(await stores[5].ListAsync(Member, Cancellation));
    }

    [Fact]
    public async Task InitializeAsync_OnASchemaNewerThanTheLibrary_RefusesAndLeavesItUntouched()
    {
        await _schema.NewStore().InitializeAsync(Cancellation);
        await _schema.ExecuteAsync(
            "CREATE TABLE reminder_claims (id uuid PRIMARY KEY); " +
            "INSERT INTO schema_version (version, description) VALUES (99, 'from a later library');");
        var tables = await _schema.ColumnAsync(Tables);
        var indexes = await _schema.ColumnAsync(Indexes);

        var error = await Assert.ThrowsAsync<CpdStoreException>(
            () => _schema.NewStore().ListAsync(Member, Cancellation));

        Assert.Contains($"schema '{_schema.Name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("has version 99, newer than this library's 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("use a newer version of Cpd.Storage.Postgres", error.Message, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3", "4", "99"], await _schema.ColumnAsync(Versions));
        Assert.Equal(tables, await _schema.ColumnAsync(Tables));
        Assert.Equal(indexes, await _schema.ColumnAsync(Indexes));
    }

    private CpdRecord NewRecord(string title, int answers = 0) => CpdRecord.Create(
        CpdRecordId.New(_clock.GetCurrentInstant()),
        Member,
        ReflectionFrameworks.Default,
        new CpdRecordDetails
        {
            Title = title,
            ActivityDate = new LocalDate(2026, 10, 1),
            Hours = 1.5m,
            ReminderDate = new LocalDate(2026, 11, 1),
        },
        _clock,
        ReflectionFrameworks.Default.Questions.Take(answers).ToDictionary(q => q.Key, q => $"Answer to {q.Key}"));
}
