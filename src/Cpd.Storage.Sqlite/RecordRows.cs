using System.Globalization;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Microsoft.Data.Sqlite;

namespace Cpd.Storage.Sqlite;

/// <summary>Writes records to rows and reads them back, answers included.</summary>
internal static class RecordRows
{
    private const string Columns =
        "id, member_id, framework_id, framework_version, title, activity_date, category, hours_centi, notes, " +
        "reminder_date, details_revision, status, created_at, updated_at, version, objective_ids, follows_up";

    private const string InsertRecordSql =
        $"INSERT INTO records ({Columns}) VALUES ($id, $member_id, $framework_id, $framework_version, $title, " +
        "$activity_date, $category, $hours_centi, $notes, $reminder_date, $details_revision, $status, $created_at, " +
        "$updated_at, $version, $objective_ids, $follows_up);";

    private const string UpdateRecordSql =
        "UPDATE records SET title = $title, activity_date = $activity_date, category = $category, " +
        "hours_centi = $hours_centi, notes = $notes, reminder_date = $reminder_date, " +
        "details_revision = $details_revision, status = $status, updated_at = $updated_at, version = $version, " +
        "objective_ids = $objective_ids, follows_up = $follows_up " +
        "WHERE id = $id AND member_id = $member_id;";

    private const string InsertAnswerSql =
        "INSERT INTO answers (record_id, question_key, text, saved_at, revision) VALUES ($id, $key, $text, $saved_at, $revision);";

    private const string UpsertAnswerSql =
        "INSERT INTO answers (record_id, question_key, text, saved_at, revision) VALUES ($id, $key, $text, $saved_at, $revision) " +
        "ON CONFLICT (record_id, question_key) DO UPDATE SET " +
        "text = excluded.text, saved_at = excluded.saved_at, revision = excluded.revision;";

    public static async Task InsertAsync(SqliteConnection connection, CpdRecord record, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(connection, InsertRecordSql, cancellationToken, Parameters(record)).ConfigureAwait(false);
        await WriteAnswersAsync(connection, record, record.Answers, InsertAnswerSql, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a record over the stored one, which the caller has checked is at <paramref name="storedVersion"/>. Only
    /// what changed since that version is written: answers whose revision is later, and answers no longer held.
    /// </summary>
    public static async Task UpdateAsync(
        SqliteConnection connection, CpdRecord record, long storedVersion, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(connection, UpdateRecordSql, cancellationToken, Parameters(record)).ConfigureAwait(false);
        await DeleteAnswersNotHeldAsync(connection, record, cancellationToken).ConfigureAwait(false);
        var changed = record.Answers.Where(pair => pair.Value.Revision > storedVersion);
        await WriteAnswersAsync(connection, record, changed, UpsertAnswerSql, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<CpdRecord>> ReadAsync(
        SqliteConnection connection,
        string where,
        ReflectionFrameworkCatalog frameworks,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        var answers = await ReadAnswersAsync(connection, where, parameters, cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, $"SELECT {Columns} FROM records r WHERE {where};", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var records = new List<CpdRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(Restore(reader, answers, frameworks));
        }

        records.Sort(CpdRecordOrder.Instance);
        return records;
    }

    private static Task<int> DeleteAnswersNotHeldAsync(
        SqliteConnection connection, CpdRecord record, CancellationToken cancellationToken)
    {
        var keys = record.Answers.Keys.Select((key, index) => ($"$k{index}", (object?)key)).ToList();
        var notHeld = keys.Count == 0 ? string.Empty : $" AND question_key NOT IN ({string.Join(", ", keys.Select(k => k.Item1))})";
        return Sql.ExecuteAsync(
            connection,
            $"DELETE FROM answers WHERE record_id = $id{notHeld};",
            cancellationToken,
            [("$id", SqliteValues.Id(record.Id)), .. keys]);
    }

    private static async Task WriteAnswersAsync(
        SqliteConnection connection,
        CpdRecord record,
        IEnumerable<KeyValuePair<string, ReflectionAnswer>> answers,
        string sql,
        CancellationToken cancellationToken)
    {
        foreach (var (key, answer) in answers)
        {
            await Sql.ExecuteAsync(
                connection,
                sql,
                cancellationToken,
                ("$id", SqliteValues.Id(record.Id)),
                ("$key", key),
                ("$text", answer.Text),
                ("$saved_at", SqliteValues.Instant(answer.SavedAt)),
                ("$revision", answer.Revision)).ConfigureAwait(false);
        }
    }

    private static async Task<Dictionary<string, Dictionary<string, ReflectionAnswer>>> ReadAnswersAsync(
        SqliteConnection connection, string where, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(
            connection,
            "SELECT a.record_id, a.question_key, a.text, a.saved_at, a.revision FROM answers a " +
            $"JOIN records r ON r.id = a.record_id WHERE {where};",
            parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var answers = new Dictionary<string, Dictionary<string, ReflectionAnswer>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var forRecord = answers.TryGetValue(reader.GetString(0), out var found)
                ? found
                : answers[reader.GetString(0)] = new Dictionary<string, ReflectionAnswer>(StringComparer.Ordinal);
            forRecord[reader.GetString(1)] = ReadAnswer(reader);
        }

        return answers;
    }

    private static ReflectionAnswer ReadAnswer(SqliteDataReader row)
    {
        try
        {
            return new ReflectionAnswer(row.GetString(2), SqliteValues.ReadInstant(row.GetValue(3)), row.GetInt64(4));
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            throw Damaged(row.GetString(0), exception);
        }
    }

    private static CpdRecord Restore(
        SqliteDataReader row, Dictionary<string, Dictionary<string, ReflectionAnswer>> answers, ReflectionFrameworkCatalog frameworks)
    {
        var id = row.GetString(0);
        try
        {
            return CpdRecord.Restore(new CpdRecordState
            {
                Id = new CpdRecordId(Guid.Parse(id, CultureInfo.InvariantCulture)),
                MemberId = MemberId.From(row.GetString(1)),
                Framework = frameworks.Get(row.GetString(2), row.GetInt32(3)),
                Details = ReadDetails(row),
                DetailsRevision = row.GetInt64(10),
                Answers = answers.GetValueOrDefault(id) ?? [],
                CreatedAt = SqliteValues.ReadInstant(row.GetValue(12)),
                UpdatedAt = SqliteValues.ReadInstant(row.GetValue(13)),
                Version = row.GetInt64(14),
            });
        }
        catch (Exception exception) when (exception is CpdException || IsDamage(exception))
        {
            throw Damaged(id, exception);
        }
    }

    // A value of the wrong type or out of range, as a file edited or damaged outside the store can hold.
    public static bool IsDamage(Exception exception) =>
        exception is FormatException or OverflowException or InvalidCastException or ArgumentOutOfRangeException
            or System.Text.Json.JsonException or InvalidOperationException;

    private static CpdStoreException Damaged(string id, Exception exception) =>
        new($"Record {id} in the database is damaged: {exception.Message}", exception);

    private static CpdRecordDetails ReadDetails(SqliteDataReader row) => new()
    {
        Title = row.GetString(4),
        ActivityDate = SqliteValues.ReadDate(row.GetValue(5)),
        Category = row.IsDBNull(6) ? null : row.GetString(6),
        Hours = SqliteValues.ReadHours(row.GetValue(7)),
        Notes = row.GetString(8),
        ReminderDate = SqliteValues.ReadDate(row.GetValue(9)),
        Objectives = SqliteValues.ReadObjectives(row.GetValue(15)),
        FollowsUp = SqliteValues.ReadRecordId(row.GetValue(16)),
    };

    private static (string Name, object? Value)[] Parameters(CpdRecord record) =>
    [
        ("$id", SqliteValues.Id(record.Id)),
        ("$member_id", record.MemberId.Value),
        ("$framework_id", record.Framework.Id),
        ("$framework_version", record.Framework.Version),
        ("$title", record.Title),
        ("$activity_date", SqliteValues.Date(record.ActivityDate)),
        ("$category", record.Category),
        ("$hours_centi", SqliteValues.Hours(record.Hours)),
        ("$notes", record.Notes),
        ("$reminder_date", SqliteValues.Date(record.ReminderDate)),
        ("$details_revision", record.DetailsRevision),
        ("$status", (int)record.Status),
        ("$created_at", SqliteValues.Instant(record.CreatedAt)),
        ("$updated_at", SqliteValues.Instant(record.UpdatedAt)),
        ("$version", record.Version),
        ("$objective_ids", SqliteValues.Objectives(record.Objectives)),
        ("$follows_up", record.FollowsUp is { } followed ? SqliteValues.Id(followed) : null),
    ];
}
