using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Cpd.Storage.Reminders;
using Npgsql;
using NodaTime;

namespace Cpd.Storage.Postgres;

public sealed partial class PostgresCpdRecordStore : ICpdReminderStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<DueReminder>> FindDueRemindersAsync(
        LocalDate latestReminderDate, int limit, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(
                    connection,
                    PostgresQueries.DueReminders,
                    ("latest", PostgresValues.Date(latestReminderDate)),
                    ("limit", limit));
                await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                var reminders = new List<DueReminder>();
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    reminders.Add(ReadDueReminder(reader));
                }

                return (IReadOnlyList<DueReminder>)reminders;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<ReminderClaim?> TryClaimReminderAsync(
        ReminderKey key, string dispatcherId, Instant now, Duration lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dispatcherId);
        return _database.WriteAsync(
            async (connection, token) =>
            {
                var attempt = await Sql.ScalarAsync(
                    connection,
                    PostgresQueries.ClaimReminder,
                    token,
                    [.. KeyParameters(key), ("by", dispatcherId), ("expires", PostgresValues.Instant(now + lease)),
                        ("now", PostgresValues.Instant(now))]).ConfigureAwait(false);
                return attempt is int number ? new ReminderClaim(key, dispatcherId, now + lease, number) : null;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task RecordReminderSentAsync(ReminderClaim claim, Instant sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return _database.WriteAsync(
            (connection, token) => Sql.ExecuteAsync(
                connection,
                PostgresQueries.RecordReminderSent,
                token,
                [.. ClaimParameters(claim), ("expires", PostgresValues.Instant(claim.ExpiresAt)),
                    ("sent", PostgresValues.Instant(sentAt))]),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseReminderClaimAsync(ReminderClaim claim, Instant retryAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return _database.WriteAsync(
            (connection, token) => Sql.ExecuteAsync(
                connection,
                PostgresQueries.ReleaseReminderClaim,
                token,
                [.. ClaimParameters(claim), ("retry", PostgresValues.Instant(retryAt))]),
            cancellationToken);
    }

    private static (string Name, object? Value)[] KeyParameters(ReminderKey key) =>
        [("id", key.RecordId.Value), ("date", PostgresValues.Date(key.ReminderDate))];

    private static (string Name, object? Value)[] ClaimParameters(ReminderClaim claim) =>
        [.. KeyParameters(claim.Key), ("by", claim.DispatcherId), ("attempt", claim.Attempt)];

    private static DueReminder ReadDueReminder(NpgsqlDataReader row) => new(
        new ReminderKey(new CpdRecordId(row.GetGuid(0)), PostgresValues.ReadDate(row.GetValue(3))!.Value),
        MemberId.From(row.GetString(1)),
        row.GetString(2));
}
