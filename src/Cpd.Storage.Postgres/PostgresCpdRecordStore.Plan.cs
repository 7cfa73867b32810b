using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;
using Npgsql;

namespace Cpd.Storage.Postgres;

// Development plans live in the same database and schema as the records, with the same guarantees: each change
// is one transaction that locks the objective's row and checks its version.
public sealed partial class PostgresCpdRecordStore : ICpdPlanStore
{
    /// <inheritdoc />
    public Task AddObjectiveAsync(DevelopmentObjective objective, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return _database.WriteAsync(
            async (connection, token) =>
            {
                await ObjectiveRows.InsertAsync(connection, objective, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DevelopmentObjective?> FindObjectiveAsync(
        MemberId memberId, ObjectiveId id, CancellationToken cancellationToken = default)
    {
        var found = await _database.ReadAsync(
            (connection, token) => ObjectiveRows.ReadAsync(
                connection,
                "id = @id AND member_id = @member_id",
                token,
                ("id", id.Value),
                ("member_id", memberId.Value)),
            cancellationToken).ConfigureAwait(false);
        return found.SingleOrDefault();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DevelopmentObjective>> ListObjectivesAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            (connection, token) => ObjectiveRows.ReadAsync(
                connection, "member_id = @member_id", token, ("member_id", memberId.Value)),
            cancellationToken);

    /// <inheritdoc />
    public Task UpdateObjectiveAsync(
        DevelopmentObjective objective, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return _database.WriteAsync(
            async (connection, token) =>
            {
                await LockObjectiveAtVersionAsync(connection, objective, expectedVersion, token).ConfigureAwait(false);
                await ObjectiveRows.UpdateAsync(connection, objective, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task AddPlanReviewAsync(PlanReview review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        return _database.WriteAsync(
            async (connection, token) =>
            {
                await PlanReviewRows.InsertAsync(connection, review, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PlanReview>> ListPlanReviewsAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            (connection, token) => PlanReviewRows.ReadAsync(connection, memberId, token), cancellationToken);

    /// <summary>
    /// Locks the member's objective until the transaction ends and checks that it is at the expected version,
    /// so that no other writer changes it in between.
    /// </summary>
    private static async Task LockObjectiveAtVersionAsync(
        NpgsqlConnection connection,
        DevelopmentObjective objective,
        long expectedVersion,
        CancellationToken cancellationToken)
    {
        var stored = await Sql.ScalarAsync(
            connection,
            "SELECT version FROM objectives WHERE id = @id AND member_id = @member_id FOR UPDATE;",
            cancellationToken,
            ("id", objective.Id.Value),
            ("member_id", objective.MemberId.Value)).ConfigureAwait(false);
        if (stored is not long version)
        {
            throw new CpdObjectiveNotFoundException(objective.Id);
        }

        if (version != expectedVersion)
        {
            throw new CpdObjectiveConcurrencyException(objective.Id, expectedVersion, version);
        }
    }
}
