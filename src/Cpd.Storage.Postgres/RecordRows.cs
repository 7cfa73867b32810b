using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Npgsql;

namespace Cpd.Storage.Postgres;

/// <summary>Writes records to rows and reads them back, answers included.</summary>
internal static class RecordRows
{
    private const string Columns =
        "id, member_id, framework_id, framework_version, title, activity_date, category, hours_centi, notes, " +
        "reminder_date, details_revision, status, created_at, updated_at, version, objectives, follows_up";

    private const string InsertRecordSql =
        $"INSERT INTO records ({Columns}) VALUES (@id, @member_id, @framework_id, @framework_version, @title, " +
        "@activity_date, @category, @hours_centi, @notes, @reminder_date, @details_revision, @status, @created_at, " +
        "@updated_at, @version, @objectives, @follows_up);";

    private const string UpdateRecordSql =
        "UPDATE records SET title = @title, activity_date = @activity_date, category = @category, " +
        "hours_centi = @hours_centi, notes = @notes, reminder_date = @reminder_date, " +
        "details_revision = @details_revision, status = @status, updated_at = @updated_at, version = @version, " +
        "objectives = @objectives, follows_up = @follows_up " +
        "WHERE id = @id AND member_id = @member_id;";

    // One statement for all of a record's answers, however many there are.
    private const string InsertAnswersSql =
        "INSERT INTO answers (record_id, question_key, text, saved_at, revision) " +
        "SELECT @id, a.question_key, a.text, a.saved_at, a.revision " +
        "FROM unnest(@keys::text[], @texts::text[], @saved_at::bigint[], @revisions::bigint[]) " +
        "AS a (question_key, text, saved_at, revision);";

    // Answers come as parallel arrays, one row per record, so that a listing is one statement and so one snapshot.
    private const string SelectSql =
        $"SELECT {Columns}, a.keys, a.texts, a.saved_at, a.revisions FROM records r " +
        "LEFT JOIN LATERAL (SELECT array_agg(question_key ORDER BY question_key) AS keys, " +
        "array_agg(text ORDER BY question_key) AS texts, array_agg(saved_at ORDER BY question_key) AS saved_at, " +
        "array_agg(revision ORDER BY question_key) AS revisions FROM answers WHERE record_id = r.id) a ON true ";

    public static async Task InsertAsync(
        NpgsqlConnection connection, IEnumerable<CpdRecord> records, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var record in records)
        {
            batch.BatchCommands.Add(Sql.BatchCommand(InsertRecordSql, Parameters(record)));
            AddAnswers(batch, record);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task UpdateAsync(
        NpgsqlConnection connection, CpdRecord record, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Sql.BatchCommand(UpdateRecordSql, Parameters(record)));
        batch.BatchCommands.Add(
            Sql.BatchCommand("DELETE FROM answers WHERE record_id = @id;", ("id", record.Id.Value)));
        AddAnswers(batch, record);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<CpdRecord>> ReadAsync(
        NpgsqlConnection connection,
        string where,
        ReflectionFrameworkCatalog frameworks,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Sql.Command(connection, $"{SelectSql} WHERE {where};", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var records = new List<CpdRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(Restore(reader, frameworks));
        }

        records.Sort(CpdRecordOrder.Instance);
        return records;
    }

    private static void AddAnswers(NpgsqlBatch batch, CpdRecord record)
    {
        if (record.Answers.Count == 0)
        {
            return;
        }

        var answers = record.Answers.ToArray();
        batch.BatchCommands.Add(Sql.BatchCommand(
            InsertAnswersSql,
            ("id", record.Id.Value),
            ("keys", answers.Select(pair => pair.Key).ToArray()),
            ("texts", answers.Select(pair => pair.Value.Text).ToArray()),
            ("saved_at", answers.Select(pair => PostgresValues.Instant(pair.Value.SavedAt)).ToArray()),
            ("revisions", answers.Select(pair => pair.Value.Revision).ToArray())));
    }

    private static CpdRecord Restore(NpgsqlDataReader row, ReflectionFrameworkCatalog frameworks)
    {
        var id = row.GetGuid(0);
        try
        {
            return CpdRecord.Restore(new CpdRecordState
            {
                Id = new CpdRecordId(id),
                MemberId = MemberId.From(row.GetString(1)),
                Framework = frameworks.Get(row.GetString(2), row.GetInt32(3)),
                Details = ReadDetails(row),
                DetailsRevision = row.GetInt64(10),
                Answers = ReadAnswers(row),
                CreatedAt = PostgresValues.ReadInstant(row.GetInt64(12)),
                UpdatedAt = PostgresValues.ReadInstant(row.GetInt64(13)),
                Version = row.GetInt64(14),
            });
        }
        catch (Exception exception) when (exception is CpdException or ArgumentException)
        {
            throw new CpdStoreException($"Record {id} in the database is damaged: {exception.Message}", exception);
        }
    }

    private static CpdRecordDetails ReadDetails(NpgsqlDataReader row) => new()
    {
        Title = row.GetString(4),
        ActivityDate = PostgresValues.ReadDate(row.GetValue(5)),
        Category = row.IsDBNull(6) ? null : row.GetString(6),
        Hours = PostgresValues.ReadHours(row.GetValue(7)),
        Notes = row.GetString(8),
        ReminderDate = PostgresValues.ReadDate(row.GetValue(9)),
        Objectives = ObjectiveSet.Of(row.GetFieldValue<Guid[]>(15).Select(id => new ObjectiveId(id))),
        FollowsUp = row.IsDBNull(16) ? null : new CpdRecordId(row.GetGuid(16)),
    };

    private static Dictionary<string, ReflectionAnswer> ReadAnswers(NpgsqlDataReader row)
    {
        if (row.IsDBNull(17))
        {
            return [];
        }

        var keys = row.GetFieldValue<string[]>(17);
        var texts = row.GetFieldValue<string[]>(18);
        var savedAt = row.GetFieldValue<long[]>(19);
        var revisions = row.GetFieldValue<long[]>(20);
        return keys.Select((key, i) => (key, i)).ToDictionary(
            pair => pair.key,
            pair => new ReflectionAnswer(texts[pair.i], PostgresValues.ReadInstant(savedAt[pair.i]), revisions[pair.i]),
            StringComparer.Ordinal);
    }

    private static (string Name, object? Value)[] Parameters(CpdRecord record) =>
    [
        ("id", record.Id.Value),
        ("member_id", record.MemberId.Value),
        ("framework_id", record.Framework.Id),
        ("framework_version", record.Framework.Version),
        ("title", record.Title),
        ("activity_date", PostgresValues.Date(record.ActivityDate)),
        ("category", record.Category),
        ("hours_centi", PostgresValues.Hours(record.Hours)),
        ("notes", record.Notes),
        ("reminder_date", PostgresValues.Date(record.ReminderDate)),
        ("details_revision", record.DetailsRevision),
        ("status", (short)record.Status),
        ("created_at", PostgresValues.Instant(record.CreatedAt)),
        ("updated_at", PostgresValues.Instant(record.UpdatedAt)),
        ("version", record.Version),
        ("objectives", record.Objectives.Select(id => id.Value).ToArray()),
        ("follows_up", record.FollowsUp?.Value),
    ];
}
