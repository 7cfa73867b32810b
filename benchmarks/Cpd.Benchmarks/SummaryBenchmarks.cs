using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Records;

namespace Cpd.Benchmarks;

/// <summary>A member's summary in a SQLite database of 100,000 records: through the store, and as one raw aggregate.</summary>
[MemoryDiagnoser]
public class SummaryBenchmarks
{
    private SqliteBenchmarkDatabase _database = null!;
    private MemberId _member;

    [GlobalSetup]
    public void Setup()
    {
        _database = SqliteBenchmarkDatabase.Seeded(BenchmarkSizes.SummaryDatabase);
        _member = SqliteBenchmarkDatabase.Member(BenchmarkSizes.SummaryDatabase / 2);
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<long> RawAggregate()
    {
        await using var connection = await _database.OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT COUNT(*), SUM(status = 2), SUM(status = 1), SUM(status = 0), " +
            "SUM(status <> 2 AND reminder_date < '2026-12-03'), SUM(hours_centi) FROM records WHERE member_id = $member;";
        command.Parameters.AddWithValue("$member", _member.Value);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0) + reader.GetInt64(4);
    }

    [Benchmark]
    public Task<CpdSummary> ThroughTheStore() => _database.Store.SummarizeAsync(_member, BenchmarkRecords.Today);
}
