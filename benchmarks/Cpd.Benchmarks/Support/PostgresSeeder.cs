using Cpd.Domain.Records;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Cpd.Benchmarks.Support;

/// <summary>
/// Fills a store's tables with the benchmark records through binary COPY, in batches: the same records, rows
/// and values the store itself would write, at a fraction of the cost of inserting them one by one.
/// </summary>
internal static class PostgresSeeder
{
    private const int Batch = 10_000;

    private const string CopyRecords =
        "COPY records (id, member_id, framework_id, framework_version, title, activity_date, category, " +
        "hours_centi, notes, reminder_date, details_revision, status, created_at, updated_at, version) " +
        "FROM STDIN (FORMAT BINARY)";

    private const string CopyAnswers =
        "COPY answers (record_id, question_key, text, saved_at, revision) FROM STDIN (FORMAT BINARY)";

    /// <summary>Seeds <paramref name="size"/> records, and their answers when <paramref name="withAnswers"/>.</summary>
    public static async Task SeedAsync(NpgsqlConnection connection, int size, bool withAnswers)
    {
        var clock = BenchmarkRecords.NewClock();
        for (var start = 0; start < size; start += Batch)
        {
            var records = Enumerable.Range(start, Math.Min(Batch, size - start))
                .Select(i => BenchmarkRecords.New(clock, BenchmarkRecords.SeededMember(i), i))
                .ToList();
            await CopyAsync(connection, CopyRecords, records, WriteRecordAsync);
            if (withAnswers)
            {
                await CopyAsync(connection, CopyAnswers, records, WriteAnswersAsync);
            }
        }

        // Statistics for the planner, and a current visibility map so that summaries can read the index alone.
        await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE) records, answers;", connection);
        vacuum.CommandTimeout = 0;
        await vacuum.ExecuteNonQueryAsync();
    }

    private static async Task CopyAsync(
        NpgsqlConnection connection,
        string copy,
        List<CpdRecord> records,
        Func<NpgsqlBinaryImporter, CpdRecord, Task> write)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy);
        importer.Timeout = TimeSpan.Zero;
        foreach (var record in records)
        {
            await write(importer, record);
        }

        await importer.CompleteAsync();
    }

    private static async Task WriteRecordAsync(NpgsqlBinaryImporter row, CpdRecord record)
    {
        await row.StartRowAsync();
        await row.WriteAsync(record.Id.Value, NpgsqlDbType.Uuid);
        await row.WriteAsync(record.MemberId.Value, NpgsqlDbType.Text);
        await row.WriteAsync(record.Framework.Id, NpgsqlDbType.Text);
        await row.WriteAsync(record.Framework.Version, NpgsqlDbType.Integer);
        await row.WriteAsync(record.Title, NpgsqlDbType.Text);
        await WriteOrNullAsync(row, record.ActivityDate?.ToDateOnly(), NpgsqlDbType.Date);
        await WriteOrNullAsync(row, record.Category, NpgsqlDbType.Text);
        await WriteOrNullAsync(row, record.Hours is { } hours ? (int?)(hours * 100m) : null, NpgsqlDbType.Integer);
        await row.WriteAsync(record.Notes, NpgsqlDbType.Text);
        await WriteOrNullAsync(row, record.ReminderDate?.ToDateOnly(), NpgsqlDbType.Date);
        await row.WriteAsync(record.DetailsRevision, NpgsqlDbType.Bigint);
        await row.WriteAsync((short)record.Status, NpgsqlDbType.Smallint);
        await row.WriteAsync(Nanoseconds(record.CreatedAt), NpgsqlDbType.Bigint);
        await row.WriteAsync(Nanoseconds(record.UpdatedAt), NpgsqlDbType.Bigint);
        await row.WriteAsync(record.Version, NpgsqlDbType.Bigint);
    }

    private static async Task WriteAnswersAsync(NpgsqlBinaryImporter row, CpdRecord record)
    {
        foreach (var (key, answer) in record.Answers)
        {
            await row.StartRowAsync();
            await row.WriteAsync(record.Id.Value, NpgsqlDbType.Uuid);
            await row.WriteAsync(key, NpgsqlDbType.Text);
            await row.WriteAsync(answer.Text, NpgsqlDbType.Text);
            await row.WriteAsync(Nanoseconds(answer.SavedAt), NpgsqlDbType.Bigint);
            await row.WriteAsync(answer.Revision, NpgsqlDbType.Bigint);
        }
    }

    private static Task WriteOrNullAsync<T>(NpgsqlBinaryImporter row, T? value, NpgsqlDbType type) =>
        value is null ? row.WriteNullAsync() : row.WriteAsync(value, type);

    // The store keeps instants as nanoseconds since 1970.
    private static long Nanoseconds(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();
}
