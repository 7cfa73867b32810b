using System.Globalization;
using Cpd.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cpd.Storage.Tests.Sqlite;

/// <summary>The summary and due-reminder queries seek through indexes on a table of 100,000 records.</summary>
public sealed class SqliteQueryPlanTests(SqliteQueryPlanTests.LargeDatabase large) : IClassFixture<SqliteQueryPlanTests.LargeDatabase>
{
    private const int RecordCount = 100_000;
    private readonly SqliteTestDatabase _database = large.Database;

    [Fact]
    public void SummaryQuery_SeeksTheCoveringMemberIndex()
    {
        var plan = Plan(SqliteQueries.Summary, ("$member_id", "member-42"), ("$today", "2026-12-03"));

        Assert.Contains("USING COVERING INDEX ix_records_member_summary (member_id=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN records", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void DueRemindersQuery_SeeksThePartialReminderIndex()
    {
        var plan = Plan(SqliteQueries.DueReminders, ("$latest", "2026-03-01"), ("$limit", "100"));

        Assert.Contains("SEARCH r USING INDEX ix_records_due_reminders (reminder_date", plan, StringComparison.Ordinal);
        Assert.Contains("SEARCH d USING PRIMARY KEY (record_id=? AND reminder_date=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SqliteQueries.ObjectivesOfMember, "SEARCH objectives USING INDEX ix_objectives_member (member_id=?)")]
    [InlineData(SqliteQueries.ReviewsOfMember, "SEARCH plan_reviews USING INDEX ix_plan_reviews_member (member_id=?)")]
    public void PlanQueries_SeekTheMembersIndexInItsOrder(string query, string expected)
    {
        var plan = Plan(query, ("$member", "member-42"));

        Assert.Contains(expected, plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_HoldsTheRecordsThePlansWereTakenOn()
    {
        Assert.Equal((long)RecordCount, Convert.ToInt64(_database.Scalar("SELECT COUNT(*) FROM records;"), CultureInfo.InvariantCulture));
    }

    private string Plan(string sql, params (string Name, string Value)[] parameters)
    {
        using var connection = _database.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(3));
        }

        return string.Join('\n', lines);
    }

    /// <summary>One database of 100,000 records, shared by the tests of this class.</summary>
    public sealed class LargeDatabase : IAsyncLifetime
    {
        internal SqliteTestDatabase Database { get; } = new();

        public async ValueTask InitializeAsync()
        {
            await Database.NewStore().InitializeAsync(TestContext.Current.CancellationToken);
            await using var connection = Database.OpenRaw();
            await using var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.CommandText =
                "INSERT INTO records VALUES ($id, $member, 'cpd-reflection', 1, 'Title', '2026-01-01', NULL, 150, '', " +
                "$reminder, 1, $status, 0, 0, 1, NULL, NULL);";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var member = insert.Parameters.Add("$member", SqliteType.Text);
            var reminder = insert.Parameters.Add("$reminder", SqliteType.Text);
            var status = insert.Parameters.Add("$status", SqliteType.Integer);
            for (var i = 0; i < RecordCount; i++)
            {
                id.Value = Guid.NewGuid().ToString("D");
                member.Value = $"member-{i % 5_000}";
                reminder.Value = i % 3 == 0 ? $"2026-{1 + (i % 12):00}-{1 + (i % 28):00}" : DBNull.Value;
                status.Value = i % 3;
                await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            await transaction.CommitAsync(TestContext.Current.CancellationToken);
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = "ANALYZE;";
            await analyze.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        public ValueTask DisposeAsync()
        {
            Database.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
