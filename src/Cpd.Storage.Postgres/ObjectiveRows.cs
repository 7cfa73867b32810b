using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;
using Npgsql;

namespace Cpd.Storage.Postgres;

/// <summary>Writes development objectives to rows and reads them back.</summary>
internal static class ObjectiveRows
{
    private const string Columns =
        "id, member_id, title, why, target_date, serves, status, created_at, updated_at, version";

    private const string InsertSql =
        $"INSERT INTO objectives ({Columns}) VALUES (@id, @member_id, @title, @why, @target_date, @serves, " +
        "@status, @created_at, @updated_at, @version);";

    private const string UpdateSql =
        "UPDATE objectives SET title = @title, why = @why, target_date = @target_date, serves = @serves, " +
        "status = @status, updated_at = @updated_at, version = @version WHERE id = @id AND member_id = @member_id;";

    public static Task InsertAsync(
        NpgsqlConnection connection, DevelopmentObjective objective, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, InsertSql, cancellationToken, Parameters(objective));

    public static Task UpdateAsync(
        NpgsqlConnection connection, DevelopmentObjective objective, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, UpdateSql, cancellationToken, Parameters(objective));

    public static async Task<IReadOnlyList<DevelopmentObjective>> ReadAsync(
        NpgsqlConnection connection,
        string where,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command =
            Sql.Command(connection, $"SELECT {Columns} FROM objectives WHERE {where};", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var objectives = new List<DevelopmentObjective>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            objectives.Add(Restore(reader));
        }

        objectives.Sort(CpdPlanOrder.Objectives);
        return objectives;
    }

    private static DevelopmentObjective Restore(NpgsqlDataReader row)
    {
        var id = row.GetGuid(0);
        try
        {
            return DevelopmentObjective.Restore(new DevelopmentObjectiveState
            {
                Id = new ObjectiveId(id),
                MemberId = MemberId.From(row.GetString(1)),
                Details = new ObjectiveDetails
                {
                    Title = row.GetString(2),
                    Why = row.GetString(3),
                    TargetDate = PostgresValues.ReadDate(row.GetValue(4)),
                    Serves = [.. row.GetFieldValue<string[]>(5)],
                    Status = (ObjectiveStatus)row.GetInt16(6),
                },
                CreatedAt = PostgresValues.ReadInstant(row.GetInt64(7)),
                UpdatedAt = PostgresValues.ReadInstant(row.GetInt64(8)),
                Version = row.GetInt64(9),
            });
        }
        catch (Exception exception) when (exception is CpdException or ArgumentException)
        {
            throw new CpdStoreException($"Objective {id} in the database is damaged: {exception.Message}", exception);
        }
    }

    private static (string Name, object? Value)[] Parameters(DevelopmentObjective objective) =>
    [
        ("id", objective.Id.Value),
        ("member_id", objective.MemberId.Value),
        ("title", objective.Title),
        ("why", objective.Details.Why),
        ("target_date", PostgresValues.Date(objective.TargetDate)),
        ("serves", objective.Details.Serves.ToArray()),
        ("status", (short)objective.Status),
        ("created_at", PostgresValues.Instant(objective.CreatedAt)),
        ("updated_at", PostgresValues.Instant(objective.UpdatedAt)),
        ("version", objective.Version),
    ];
}
