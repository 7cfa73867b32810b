using System.Globalization;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Cpd.Storage.Reminders;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Cpd.Storage.Sqlite;

public sealed partial class SqliteCpdRecordStore : ICpdReminderStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<DueReminder>> FindDueRemindersAsync(
        LocalDate latestReminderDate, int limit, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(
            async connection =>
            {
                await using var command = Sql.Command(
                    connection,
                    SqliteQueries.DueReminders,
                    ("$latest", SqliteValues.Date(latestReminderDate)),
                    ("$limit", limit));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var reminders = new List<DueReminder>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
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
        return WithConnectionAsync(
            connection => Sql.InWriteTransactionAsync(
                connection,
                async () =>
                {
                    var attempt = await Sql.ScalarAsync(
                        connection,
                        SqliteQueries.ClaimReminder,
                        cancellationToken,
                        [.. KeyParameters(key), ("$by", dispatcherId), ("$expires", SqliteValues.Instant(now + lease)),
                            ("$now", SqliteValues.Instant(now))]).ConfigureAwait(false);
                    return attempt is long number
                        ? new ReminderClaim(key, dispatcherId, now + lease, (int)number)
                        : null;
                },
                cancellationToken),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task RecordReminderSentAsync(ReminderClaim claim, Instant sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return WriteAsync(
            connection => Sql.ExecuteAsync(
                connection,
                SqliteQueries.RecordReminderSent,
                cancellationToken,
                [.. ClaimParameters(claim), ("$expires", SqliteValues.Instant(claim.ExpiresAt)),
                    ("$sent", SqliteValues.Instant(sentAt))]),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseReminderClaimAsync(ReminderClaim claim, Instant retryAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return WriteAsync(
            connection => Sql.ExecuteAsync(
                connection,
                SqliteQueries.ReleaseReminderClaim,
                cancellationToken,
                [.. ClaimParameters(claim), ("$retry", SqliteValues.Instant(retryAt))]),
            cancellationToken);
    }

    private static (string Name, object? Value)[] KeyParameters(ReminderKey key) =>
        [("$id", SqliteValues.Id(key.RecordId)), ("$date", SqliteValues.Date(key.ReminderDate))];

    private static (string Name, object? Value)[] ClaimParameters(ReminderClaim claim) =>
        [.. KeyParameters(claim.Key), ("$by", claim.DispatcherId), ("$attempt", claim.Attempt)];

    private static DueReminder ReadDueReminder(SqliteDataReader row) => new(
        new ReminderKey(
            new CpdRecordId(Guid.Parse(row.GetString(0), CultureInfo.InvariantCulture)),
            SqliteValues.ReadDate(row.GetValue(3))!.Value),
        MemberId.From(row.GetString(1)),
        row.GetString(2));
}
