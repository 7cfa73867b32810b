using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Storage;

namespace Cpd.Benchmarks;

/// <summary>
/// Saving one answer durably on SQLite: through the journal, and as raw statements that change the same
/// answer of a record of their own, so that neither path sees the other's revisions.
/// </summary>
[MemoryDiagnoser]
public class SaveAnswerBenchmarks
{
    private static readonly MemberId Member = MemberId.From("member-save");
    private SqliteBenchmarkDatabase _database = null!;
    private CpdJournal _journal = null!;
    private CpdRecord _record = null!;
    private CpdRecord _rawRecord = null!;
    private long _revision;
    private int _saves;

    [GlobalSetup]
    public void Setup()
    {
        _database = SqliteBenchmarkDatabase.Fresh();
        var clock = BenchmarkRecords.NewClock();
        _journal = new CpdJournal(_database.Store, clock);
        _record = BenchmarkRecords.New(clock, Member, 1);
        _rawRecord = BenchmarkRecords.New(clock, Member, 4);
        _database.Store.AddAsync([_record, _rawRecord]).GetAwaiter().GetResult();
        _revision = _record.AnswerTo("learning")!.Revision;
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark(Baseline = true)]
    public async Task RawUpdate()
    {
        await using var connection = await _database.OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "BEGIN IMMEDIATE; " +
            "UPDATE answers SET text = $text, saved_at = saved_at + 1, revision = revision + 1 " +
            "WHERE record_id = $id AND question_key = 'learning'; " +
            "UPDATE records SET version = version + 1, updated_at = updated_at + 1 WHERE id = $id; COMMIT;";
        command.Parameters.AddWithValue("$text", NextText());
        command.Parameters.AddWithValue("$id", _rawRecord.Id.ToString());
        await command.ExecuteNonQueryAsync();
    }

    [Benchmark]
    public async Task ThroughTheJournal()
    {
        var saved = await _journal.SaveAnswerAsync(Member, _record.Id, "learning", NextText(), _revision);
        _revision = saved.AnswerTo("learning")!.Revision;
    }

    private string NextText() => BenchmarkRecords.Answer("learning", ++_saves);
}
