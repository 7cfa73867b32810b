using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Storage;
using Npgsql;

namespace Cpd.Benchmarks.Postgres;

/// <summary>
/// Saving one answer durably on PostgreSQL: through the journal, and as raw statements in one transaction
/// that change the same rows the same way (the answer's text, instant and revision, checked against the
/// revision last seen; the record's version and instant). Each path saves to a record of its own.
/// </summary>
[MemoryDiagnoser]
public class PostgresSaveAnswerBenchmarks
{
    private const string UpdateAnswer =
        "UPDATE answers SET text = @text, saved_at = @now, revision = revision + 1 " +
        "WHERE record_id = @id AND question_key = 'learning' AND revision = @revision;";

    private const string UpdateRecord =
        "UPDATE records SET version = version + 1, updated_at = @now WHERE id = @id AND member_id = @member;";

    private static readonly MemberId Member = MemberId.From("member-save");
    private PostgresBenchmarkDatabase _database = null!;
    private CpdJournal _journal = null!;
    private CpdRecord _record = null!;
    private CpdRecord _rawRecord = null!;
    private long _revision;
    private long _rawRevision;
    private int _saves;

    [GlobalSetup]
    public void Setup()
    {
        _database = PostgresBenchmarkDatabase.Fresh();
        var clock = BenchmarkRecords.NewClock();
        _journal = new CpdJournal(_database.Store, clock);
        _record = BenchmarkRecords.New(clock, Member, 1);
        _rawRecord = BenchmarkRecords.New(clock, Member, 4);
        _database.Store.AddAsync([_record, _rawRecord]).GetAwaiter().GetResult();
        _revision = _record.AnswerTo("learning")!.Revision;
        _rawRevision = _rawRecord.AnswerTo("learning")!.Revision;
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark(Baseline = true)]
    public async Task RawUpdate()
    {
        await using var connection = await _database.OpenRawAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction);
        var now = 1_796_288_400_000_000_000L + ++_saves;
        batch.BatchCommands.Add(PostgresStatement.Of(
            UpdateAnswer, ("text", NextText()), ("now", now), ("id", _rawRecord.Id.Value), ("revision", _rawRevision)));
        batch.BatchCommands.Add(PostgresStatement.Of(
            UpdateRecord, ("now", now), ("id", _rawRecord.Id.Value), ("member", Member.Value)));
        if (await batch.ExecuteNonQueryAsync() != 2)
        {
            throw new InvalidOperationException("The raw save found no answer at the revision it expected.");
        }

        await transaction.CommitAsync();
        _rawRevision++;
    }

    [Benchmark]
    public async Task ThroughTheJournal()
    {
        var saved = await _journal.SaveAnswerAsync(Member, _record.Id, "learning", NextText(), _revision);
        _revision = saved.AnswerTo("learning")!.Revision;
    }

    private string NextText() => BenchmarkRecords.Answer("learning", ++_saves);
}
