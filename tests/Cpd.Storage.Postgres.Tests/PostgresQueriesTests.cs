using NodaTime;
using Npgsql;

namespace Cpd.Storage.Postgres.Tests;

/// <summary>
/// The summary and due-reminder queries seek through their indexes on a table of 100,000 records, with the
/// planner's statistics up to date and every plan left open to it.
/// </summary>
public sealed class PostgresQueriesTests(PostgresQueriesTests.LargeSchema large)
    : IClassFixture<PostgresQueriesTests.LargeSchema>
{
    private const int RecordCount = 100_000;
    private readonly PostgresTestSchema _schema = large.Schema;

    [Fact]
    public async Task SummaryQuery_SeeksTheMemberSummaryIndex()
    {
        var plan = await PlanAsync(
            PostgresQueries.Summary,
            ("member_id", "member-42"),
            ("today", PostgresValues.Date(new LocalDate(2026, 12, 3))));

        Assert.Matches(IndexScanOf("ix_records_member_summary"), plan);
        Assert.Contains("Index Cond: (member_id = 'member-42'::text)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DueRemindersQuery_SeeksThePartialReminderIndex()
    {
        var plan = await PlanAsync(
            PostgresQueries.DueReminders,
            ("latest", PostgresValues.Date(new LocalDate(2026, 1, 15))),
            ("limit", 100));

        Assert.Contains("Index Cond: (reminder_date <= '2026-01-15'::date)", plan, StringComparison.Ordinal);
        Assert.Matches(IndexScanOf("ix_records_due_reminders"), plan);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_HoldsTheRecordsThePlansWereTakenOn_WithSequentialScansAllowed()
    {
        Assert.Equal((long)RecordCount, await _schema.ScalarAsync("SELECT COUNT(*) FROM records;"));
        Assert.Equal("on", await _schema.ScalarAsync("SELECT current_setting('enable_seqscan');"));
    }

    // An index scan, index-only scan or bitmap index scan: the planner's choice among them depends on the
    // visibility map, which only a vacuum brings up to date.
    private static string IndexScanOf(string index) => $"Index (Only )?Scan (using|on) {index} ";

    private async Task<string> PlanAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await _schema.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    /// <summary>One schema of 100,000 records over 5,000 members, shared by the tests of this class.</summary>
    public sealed class LargeSchema : IAsyncLifetime
    {
        internal PostgresTestSchema Schema { get; } = new();

        public async ValueTask InitializeAsync()
        {
            await Schema.NewStore().InitializeAsync(TestContext.Current.CancellationToken);

            // A third of the records have a reminder, spread over a year; the planner's statistics are brought
            // up to date, as autovacuum would on a live table.
            await Schema.ExecuteAsync(
                "INSERT INTO records SELECT gen_random_uuid(), 'member-' || (i % 5000), 'cpd-reflection', 1, " +
                "'Title', DATE '2026-01-01', NULL, 150, '', " +
                "CASE WHEN i % 3 = 0 THEN DATE '2026-01-01' + (i % 365) END, 1, " +
                $"i % 3, 0, 0, 1 FROM generate_series(0, {RecordCount - 1}) AS i;");
            await Schema.ExecuteAsync("ANALYZE records;");
        }

        public ValueTask DisposeAsync() => Schema.DisposeAsync();
    }
}
