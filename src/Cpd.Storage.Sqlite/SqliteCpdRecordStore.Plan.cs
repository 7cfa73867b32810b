using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;
using Microsoft.Data.Sqlite;

namespace Cpd.Storage.Sqlite;

public sealed partial class SqliteCpdRecordStore : ICpdPlanStore
{
    private const string ObjectiveOfMember =
        $"SELECT {PlanRows.ObjectiveColumns} FROM objectives WHERE id = $id AND member_id = $member;";

    /// <inheritdoc />
    public Task AddObjectiveAsync(DevelopmentObjective objective, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return WriteAsync(
            async connection =>
            {
                var added = await Sql.ExecuteAsync(
                    connection, PlanRows.InsertObjectiveSql, cancellationToken, PlanRows.Parameters(objective))
                    .ConfigureAwait(false);
                if (added == 0)
                {
                    throw new CpdConflictException($"An objective with id {objective.Id} already exists; nothing was added.");
                }
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<DevelopmentObjective?> FindObjectiveAsync(
        MemberId memberId, ObjectiveId id, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(
            async connection => (await PlanRows.ReadAsync(
                connection,
                ObjectiveOfMember,
                PlanRows.RestoreObjective,
                cancellationToken,
                ("$id", SqliteValues.Id(id)),
                ("$member", memberId.Value)).ConfigureAwait(false)).SingleOrDefault(),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<DevelopmentObjective>> ListObjectivesAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(
            connection => PlanRows.ReadAsync(
                connection, SqliteQueries.ObjectivesOfMember, PlanRows.RestoreObjective, cancellationToken, ("$member", memberId.Value)),
            cancellationToken);

    /// <inheritdoc />
    public Task UpdateObjectiveAsync(
        DevelopmentObjective objective, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(objective.Version, expectedVersion, nameof(objective));
        return WriteAsync(
            async connection =>
            {
                await CheckObjectiveVersionAsync(connection, objective, expectedVersion, cancellationToken)
                    .ConfigureAwait(false);
                await Sql.ExecuteAsync(
                    connection, PlanRows.UpdateObjectiveSql, cancellationToken, PlanRows.Parameters(objective))
                    .ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task AddPlanReviewAsync(PlanReview review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        return WriteAsync(
            async connection =>
            {
                var added = await Sql.ExecuteAsync(
                    connection, PlanRows.InsertReviewSql, cancellationToken, PlanRows.Parameters(review))
                    .ConfigureAwait(false);
                if (added == 0)
                {
                    throw new CpdConflictException($"A plan review with id {review.Id} already exists; nothing was added.");
                }
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PlanReview>> ListPlanReviewsAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(
            connection => PlanRows.ReadAsync(
                connection, SqliteQueries.ReviewsOfMember, PlanRows.RestoreReview, cancellationToken, ("$member", memberId.Value)),
            cancellationToken);

    private static async Task CheckObjectiveVersionAsync(
        SqliteConnection connection, DevelopmentObjective objective, long expectedVersion, CancellationToken cancellationToken)
    {
        var stored = await Sql.ScalarAsync(
            connection,
            "SELECT version FROM objectives WHERE id = $id AND member_id = $member_id;",
            cancellationToken,
            ("$id", SqliteValues.Id(objective.Id)),
            ("$member_id", objective.MemberId.Value)).ConfigureAwait(false);
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
