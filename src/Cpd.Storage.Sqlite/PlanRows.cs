using System.Globalization;
using Cpd.Domain;
using Cpd.Domain.Planning;
using Microsoft.Data.Sqlite;

namespace Cpd.Storage.Sqlite;

/// <summary>Writes development objectives and plan reviews to rows and reads them back.</summary>
internal static class PlanRows
{
    public const string ObjectiveColumns =
        "id, member_id, title, why, target_date, serves, status, created_at, updated_at, version";

    public const string ReviewColumns = "id, member_id, reviewed_on, outcome, recorded_at";

    public const string InsertObjectiveSql =
        $"INSERT INTO objectives ({ObjectiveColumns}) VALUES ($id, $member_id, $title, $why, $target_date, $serves, " +
        "$status, $created_at, $updated_at, $version) ON CONFLICT (id) DO NOTHING;";

    public const string UpdateObjectiveSql =
        "UPDATE objectives SET title = $title, why = $why, target_date = $target_date, serves = $serves, " +
        "status = $status, updated_at = $updated_at, version = $version WHERE id = $id AND member_id = $member_id;";

    public const string InsertReviewSql =
        $"INSERT INTO plan_reviews ({ReviewColumns}) VALUES ($id, $member_id, $reviewed_on, $outcome, $recorded_at) " +
        "ON CONFLICT (id) DO NOTHING;";

    public static (string Name, object? Value)[] Parameters(DevelopmentObjective objective) =>
    [
        ("$id", SqliteValues.Id(objective.Id)),
        ("$member_id", objective.MemberId.Value),
        ("$title", objective.Title),
        ("$why", objective.Details.Why),
        ("$target_date", SqliteValues.Date(objective.TargetDate)),
        ("$serves", SqliteValues.List(objective.Details.Serves)),
        ("$status", (int)objective.Status),
        ("$created_at", SqliteValues.Instant(objective.CreatedAt)),
        ("$updated_at", SqliteValues.Instant(objective.UpdatedAt)),
        ("$version", objective.Version),
    ];

    public static (string Name, object? Value)[] Parameters(PlanReview review) =>
    [
        ("$id", review.Id.ToString("D")),
        ("$member_id", review.MemberId.Value),
        ("$reviewed_on", SqliteValues.Date(review.ReviewedOn)),
        ("$outcome", review.Outcome),
        ("$recorded_at", SqliteValues.Instant(review.RecordedAt)),
    ];

    public static async Task<IReadOnlyList<T>> ReadAsync<T>(
        SqliteConnection connection,
        string sql,
        Func<SqliteDataReader, T> restore,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Sql.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(restore(reader));
        }

        return rows;
    }

    public static DevelopmentObjective RestoreObjective(SqliteDataReader row)
    {
        var id = row.GetString(0);
        try
        {
            return DevelopmentObjective.Restore(new DevelopmentObjectiveState
            {
                Id = new ObjectiveId(Guid.Parse(id, CultureInfo.InvariantCulture)),
                MemberId = MemberId.From(row.GetString(1)),
                Details = new ObjectiveDetails
                {
                    Title = row.GetString(2),
                    Why = row.GetString(3),
                    TargetDate = SqliteValues.ReadDate(row.GetValue(4)),
                    Serves = [.. SqliteValues.ReadList(row.GetString(5))],
                    Status = (ObjectiveStatus)row.GetInt32(6),
                },
                CreatedAt = SqliteValues.ReadInstant(row.GetValue(7)),
                UpdatedAt = SqliteValues.ReadInstant(row.GetValue(8)),
                Version = row.GetInt64(9),
            });
        }
        catch (Exception exception) when (exception is CpdException || RecordRows.IsDamage(exception))
        {
            throw new CpdStoreException($"Objective {id} in the database is damaged: {exception.Message}", exception);
        }
    }

    public static PlanReview RestoreReview(SqliteDataReader row)
    {
        var id = row.GetString(0);
        try
        {
            return PlanReview.Restore(new PlanReview(
                Guid.Parse(id, CultureInfo.InvariantCulture),
                MemberId.From(row.GetString(1)),
                SqliteValues.ReadDate(row.GetValue(2)) ?? throw new FormatException("The review date is missing."),
                row.GetString(3),
                SqliteValues.ReadInstant(row.GetValue(4))));
        }
        catch (Exception exception) when (exception is CpdException || RecordRows.IsDamage(exception))
        {
            throw new CpdStoreException($"Plan review {id} in the database is damaged: {exception.Message}", exception);
        }
    }
}
