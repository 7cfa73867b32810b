using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Records;

namespace Cpd.Benchmarks.Postgres;

/// <summary>
/// A member's summary in a PostgreSQL database of 100,000 records: through the store, and as one raw
/// aggregate over the member's rows counting the same things.
/// </summary>
[MemoryDiagnoser]
public class PostgresSummaryBenchmarks
{
    private const string Aggregate =
        "SELECT COUNT(*), COUNT(*) FILTER (WHERE status = 2), COUNT(*) FILTER (WHERE status = 1), " +
        "COUNT(*) FILTER (WHERE status = 0), COUNT(*) FILTER (WHERE status <> 2 AND reminder_date < @today), " +
        "SUM(hours_centi) FROM records WHERE member_id = @member;";

    private PostgresBenchmarkDatabase _database = null!;
    private MemberId _member;

    [GlobalSetup]
    public void Setup()
    {
        _database = PostgresBenchmarkDatabase.Seeded(BenchmarkSizes.SummaryDatabase);
        _member = BenchmarkRecords.SeededMember(BenchmarkSizes.SummaryDatabase / 2);
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<long> RawAggregate()
    {
        await using var connection = await _database.OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Aggregate;
        command.Parameters.AddWithValue("member", _member.Value);
        command.Parameters.AddWithValue("today", BenchmarkRecords.Today.ToDateOnly());
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0) + reader.GetInt64(4);
    }

    [Benchmark]
    public Task<CpdSummary> ThroughTheStore() => _database.Store.SummarizeAsync(_member, BenchmarkRecords.Today);
}
