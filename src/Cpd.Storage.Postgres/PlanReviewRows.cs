using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;
using Npgsql;

namespace Cpd.Storage.Postgres;

/// <summary>Writes reviews of development plans to rows and reads them back.</summary>
internal static class PlanReviewRows
{
    private const string InsertSql =
        "INSERT INTO plan_reviews (id, member_id, reviewed_on, outcome, recorded_at) " +
        "VALUES (@id, @member_id, @reviewed_on, @outcome, @recorded_at);";

    private const string SelectSql =
        "SELECT id, member_id, reviewed_on, outcome, recorded_at FROM plan_reviews WHERE member_id = @member_id;";

    public static Task InsertAsync(
        NpgsqlConnection connection, PlanReview review, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            connection,
            InsertSql,
            cancellationToken,
            ("id", review.Id),
            ("member_id", review.MemberId.Value),
            ("reviewed_on", PostgresValues.Date(review.ReviewedOn)),
            ("outcome", review.Outcome),
            ("recorded_at", PostgresValues.Instant(review.RecordedAt)));

    public static async Task<IReadOnlyList<PlanReview>> ReadAsync(
        NpgsqlConnection connection, MemberId memberId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, SelectSql, ("member_id", memberId.Value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var reviews = new List<PlanReview>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            reviews.Add(Restore(reader));
        }

        reviews.Sort(CpdPlanOrder.Reviews);
        return reviews;
    }

    private static PlanReview Restore(NpgsqlDataReader row)
    {
        var id = row.GetGuid(0);
        try
        {
            return PlanReview.Restore(new PlanReview(
                id,
                MemberId.From(row.GetString(1)),
                PostgresValues.ReadDate(row.GetValue(2)) ?? default,
                row.GetString(3),
                PostgresValues.ReadInstant(row.GetInt64(4))));
        }
        catch (Exception exception) when (exception is CpdException or ArgumentException)
        {
            throw new CpdStoreException($"Plan review {id} in the database is damaged: {exception.Message}", exception);
        }
    }
}
