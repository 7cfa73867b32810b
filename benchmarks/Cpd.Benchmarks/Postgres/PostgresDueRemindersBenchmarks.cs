using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Storage.Reminders;

namespace Cpd.Benchmarks.Postgres;

/// <summary>
/// The reminders due among 1,000,000 records on PostgreSQL: through the store, and as the raw query over the
/// due-reminders index that leaves out, as the store does, reminders already sent. The records are seeded
/// without their answers, which neither query reads, so that seeding a million records stays short.
/// </summary>
[MemoryDiagnoser]
public class PostgresDueRemindersBenchmarks
{
    private const int Limit = 100;

    private const string DueQuery =
        "SELECT r.id, r.member_id, r.title, r.reminder_date FROM records r " +
        "WHERE r.reminder_date IS NOT NULL AND r.status <> 2 AND r.reminder_date <= @latest " +
        "AND NOT EXISTS (SELECT 1 FROM reminder_dispatch d WHERE d.record_id = r.id " +
        "AND d.reminder_date = r.reminder_date AND d.sent_at IS NOT NULL) " +
        "ORDER BY r.reminder_date, r.id LIMIT @limit;";

    private PostgresBenchmarkDatabase _database = null!;

    [GlobalSetup]
    public void Setup() => _database =
        PostgresBenchmarkDatabase.Seeded(BenchmarkSizes.ReminderDatabase, withAnswers: false);

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> RawIndexedQuery()
    {
        await using var connection = await _database.OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = DueQuery;
        command.Parameters.AddWithValue("latest", BenchmarkRecords.Today.ToDateOnly());
        command.Parameters.AddWithValue("limit", Limit);
        await using var reader = await command.ExecuteReaderAsync();
        var reminders = new List<(Guid Id, string Member, string Title, DateOnly Date)>();
        while (await reader.ReadAsync())
        {
            var date = reader.GetFieldValue<DateOnly>(3);
            reminders.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2), date));
        }

        return reminders.Count;
    }

    [Benchmark]
    public Task<IReadOnlyList<DueReminder>> ThroughTheStore() =>
        _database.Store.FindDueRemindersAsync(BenchmarkRecords.Today, Limit);
}
