using Cpd.Domain.Reminders;
using NodaTime;

namespace Cpd.Storage.Reminders;

/// <summary>
/// What a store keeps for reminder dispatch, across all members: which reminders may be due, and which a
/// dispatcher has claimed or sent. Claims let several dispatchers (threads, processes or servers) share one
/// store so that each reminder is sent once.
/// </summary>
/// <remarks>Implementations are safe to use from several threads and processes at once.</remarks>
public interface ICpdReminderStore
{
    /// <summary>
    /// Finds reminders that may be due: incomplete records whose reminder date is on or before a date, with
    /// no send recorded for that date, oldest first.
    /// </summary>
    /// <param name="latestReminderDate">The latest reminder date to include.</param>
    /// <param name="limit">The most reminders to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The candidates, by reminder date.</returns>
    /// <exception cref="CpdStoreException">The store could not be read.</exception>
    Task<IReadOnlyList<DueReminder>> FindDueRemindersAsync(
        LocalDate latestReminderDate, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims a reminder for one dispatcher until a lease runs out: granted when no send is recorded for it
    /// and no other claim on it is still running.
    /// </summary>
    /// <param name="key">The reminder.</param>
    /// <param name="dispatcherId">The dispatcher asking.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="lease">How long the claim lasts.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The claim, or <see langword="null"/> when the reminder is sent or claimed by another dispatcher.</returns>
    /// <exception cref="CpdStoreException">The store could not be read or written.</exception>
    Task<ReminderClaim?> TryClaimReminderAsync(
        ReminderKey key, string dispatcherId, Instant now, Duration lease, CancellationToken cancellationToken = default);

    /// <summary>Records that a claimed reminder was sent, so that it is never sent again.</summary>
    /// <param name="claim">The claim under which it was sent.</param>
    /// <param name="sentAt">When the message was accepted for delivery.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>A task that completes when the send is recorded durably.</returns>
    /// <exception cref="CpdStoreException">The store could not be written.</exception>
    Task RecordReminderSentAsync(ReminderClaim claim, Instant sentAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives a claim up early (after a failed send), so that the reminder can be tried again from
    /// <paramref name="retryAt"/>.
    /// </summary>
    /// <param name="claim">The claim to give up.</param>
    /// <param name="retryAt">The earliest instant another claim is granted.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>A task that completes when the claim is released.</returns>
    /// <exception cref="CpdStoreException">The store could not be written.</exception>
    Task ReleaseReminderClaimAsync(ReminderClaim claim, Instant retryAt, CancellationToken cancellationToken = default);
}
