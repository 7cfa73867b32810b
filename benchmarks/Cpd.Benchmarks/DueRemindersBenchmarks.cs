using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Storage.Reminders;

namespace Cpd.Benchmarks;

/// <summary>The reminders due among 1,000,000 records on SQLite: through the store, and as the raw indexed query.</summary>
[MemoryDiagnoser]
public class DueRemindersBenchmarks
{
    private const int Limit = 100;
    private SqliteBenchmarkDatabase _database = null!;

    [GlobalSetup]
    public void Setup() => _database = SqliteBenchmarkDatabase.Seeded(BenchmarkSizes.ReminderDatabase);

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> RawIndexedQuery()
    {
        await using var connection = await _database.OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT r.id, r.member_id, r.title, r.reminder_date FROM records r " +
            "WHERE r.reminder_date IS NOT NULL AND r.status <> 2 AND r.reminder_date <= '2026-12-03' " +
            "AND NOT EXISTS (SELECT 1 FROM reminder_dispatch d WHERE d.record_id = r.id " +
            "AND d.reminder_date = r.reminder_date AND d.sent_at IS NOT NULL) " +
            "ORDER BY r.reminder_date, r.id LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", Limit);
        await using var reader = await command.ExecuteReaderAsync();
        var count = 0;
        while (await reader.ReadAsync())
        {
            count += reader.GetString(2).Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public Task<IReadOnlyList<DueReminder>> ThroughTheStore() =>
        _database.Store.FindDueRemindersAsync(BenchmarkRecords.Today, Limit);
}
