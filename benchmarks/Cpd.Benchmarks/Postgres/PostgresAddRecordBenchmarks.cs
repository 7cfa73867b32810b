using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Storage;
using NodaTime.Testing;
using Npgsql;

namespace Cpd.Benchmarks.Postgres;

/// <summary>
/// Adding a record with its seven answers on PostgreSQL: through the library, and as raw statements (the
/// record's row and seven answer rows, sent as one batch in one transaction, as the store sends them).
/// </summary>
[MemoryDiagnoser]
public class PostgresAddRecordBenchmarks
{
    private const string InsertRecord =
        "INSERT INTO records (id, member_id, framework_id, framework_version, title, activity_date, category, " +
        "hours_centi, notes, reminder_date, details_revision, status, created_at, updated_at, version) " +
        "VALUES (@id, @member, 'cpd-reflection', 1, @title, DATE '2026-11-02', 'Formal/educational', 350, " +
        "'Certificate saved in my documents folder.', NULL, 1, 2, @now, @now, 1);";

    private const string InsertAnswer =
        "INSERT INTO answers (record_id, question_key, text, saved_at, revision) VALUES (@id, @key, @text, @now, 1);";

    private static readonly MemberId Member = MemberId.From("member-add");
    private PostgresBenchmarkDatabase _database = null!;
    private FakeClock _clock = null!;
    private CpdJournal _journal = null!;
    private int _added;

    [GlobalSetup]
    public void Setup()
    {
        _database = PostgresBenchmarkDatabase.Fresh();
        _clock = BenchmarkRecords.NewClock();
        _journal = new CpdJournal(_database.Store, _clock);
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark(Baseline = true)]
    public async Task RawInserts()
    {
        var id = Guid.CreateVersion7();
        var index = ++_added;
        var now = 1_796_288_400_000_000_000L + index;
        await using var connection = await _database.OpenRawAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(PostgresStatement.Of(
            InsertRecord, ("id", id), ("member", Member.Value), ("now", now),
            ("title", $"Online course {index}: machine learning for experimental physicists")));
        foreach (var question in ReflectionFrameworks.Default.Questions)
        {
            batch.BatchCommands.Add(PostgresStatement.Of(
                InsertAnswer, ("id", id), ("key", question.Key), ("now", now),
                ("text", BenchmarkRecords.Answer(question.Key, index))));
        }

        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    [Benchmark]
    public Task ThroughTheLibrary() =>
        _journal.ImportRecordsAsync(Member, [BenchmarkRecords.New(_clock, Member, ++_added * 3)]);
}
