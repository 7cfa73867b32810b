using Cpd.Domain.Records;
using Npgsql;
using NodaTime;

namespace Cpd.Storage.Postgres.Tests;

/// <summary>Writes a record as a library of schema versions 1 to 3 did, before records had plan links.</summary>
internal static class VersionOneRows
{
    private const string InsertRecordSql =
        "INSERT INTO records (id, member_id, framework_id, framework_version, title, activity_date, category, " +
        "hours_centi, notes, reminder_date, details_revision, status, created_at, updated_at, version) VALUES " +
        "(@id, @member_id, @framework_id, @framework_version, @title, @activity_date, @category, @hours_centi, " +
        "@notes, @reminder_date, @details_revision, @status, @created_at, @updated_at, @version);";

    private const string InsertAnswerSql =
        "INSERT INTO answers (record_id, question_key, text, saved_at, revision) " +
        "VALUES (@id, @key, @text, @saved_at, @revision);";

    public static async Task InsertAsync(NpgsqlConnection connection, CpdRecord record)
    {
        await ExecuteAsync(connection, InsertRecordSql, new()
        {
            ["id"] = record.Id.Value,
            ["member_id"] = record.MemberId.Value,
            ["framework_id"] = record.Framework.Id,
            ["framework_version"] = record.Framework.Version,
            ["title"] = record.Title,
            ["activity_date"] = (object?)record.ActivityDate?.ToDateOnly() ?? DBNull.Value,
            ["category"] = (object?)record.Category ?? DBNull.Value,
            ["hours_centi"] = record.Hours is { } hours ? (int)(hours * 100m) : DBNull.Value,
            ["notes"] = record.Notes,
            ["reminder_date"] = (object?)record.ReminderDate?.ToDateOnly() ?? DBNull.Value,
            ["details_revision"] = record.DetailsRevision,
            ["status"] = (short)record.Status,
            ["created_at"] = Nanoseconds(record.CreatedAt),
            ["updated_at"] = Nanoseconds(record.UpdatedAt),
            ["version"] = record.Version,
        });
        foreach (var (key, answer) in record.Answers)
        {
            await ExecuteAsync(connection, InsertAnswerSql, new()
            {
                ["id"] = record.Id.Value,
                ["key"] = key,
                ["text"] = answer.Text,
                ["saved_at"] = Nanoseconds(answer.SavedAt),
                ["revision"] = answer.Revision,
            });
        }
    }

    private static long Nanoseconds(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, Dictionary<string, object> values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
