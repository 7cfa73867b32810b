using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Storage;
using NodaTime.Testing;

namespace Cpd.Benchmarks;

/// <summary>Adding a record with its seven answers on SQLite: through the library, and as raw statements.</summary>
[MemoryDiagnoser]
public class AddRecordBenchmarks
{
    private static readonly MemberId Member = MemberId.From("member-add");
    private SqliteBenchmarkDatabase _database = null!;
    private FakeClock _clock = null!;
    private CpdJournal _journal = null!;
    private int _added;

    [GlobalSetup]
    public void Setup()
    {
        _database = SqliteBenchmarkDatabase.Fresh();
        _clock = BenchmarkRecords.NewClock();
        _journal = new CpdJournal(_database.Store, _clock);
        _database.Store.InitializeAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark(Baseline = true)]
    public async Task RawInserts()
    {
        var id = Guid.NewGuid().ToString("D");
        var index = ++_added;
        await using var connection = await _database.OpenRawAsync();
        await using var transaction = connection.BeginTransaction();
        await using var record = connection.CreateCommand();
        record.CommandText =
            "INSERT INTO records (id, member_id, framework_id, framework_version, title, activity_date, category, " +
            "hours_centi, notes, reminder_date, details_revision, status, created_at, updated_at, version, " +
            "objective_ids, follows_up) VALUES ($id, $member, 'cpd-reflection', 1, $title, '2026-11-02', " +
            "'Formal/educational', 350, 'Certificate saved in my documents folder.', NULL, 1, 2, 0, 0, 1, NULL, NULL);";
        record.Parameters.AddWithValue("$id", id);
        record.Parameters.AddWithValue("$member", Member.Value);
        record.Parameters.AddWithValue("$title", $"Online course {index}: machine learning for experimental physicists");
        await record.ExecuteNonQueryAsync();
        await using var answer = connection.CreateCommand();
        answer.CommandText = "INSERT INTO answers (record_id, question_key, text, saved_at, revision) VALUES ($id, $key, $text, 0, 1);";
        var key = answer.Parameters.Add("$key", Microsoft.Data.Sqlite.SqliteType.Text);
        var text = answer.Parameters.Add("$text", Microsoft.Data.Sqlite.SqliteType.Text);
        answer.Parameters.AddWithValue("$id", id);
        foreach (var question in ReflectionFrameworks.Default.Questions)
        {
            key.Value = question.Key;
            text.Value = BenchmarkRecords.Answer(question.Key, index);
            await answer.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    [Benchmark]
    public Task ThroughTheLibrary() =>
        _journal.ImportRecordsAsync(Member, [BenchmarkRecords.New(_clock, Member, ++_added * 3)]);
}
