using Cpd.Domain.Reminders;
using Cpd.Storage.Reminders;
using NodaTime;

namespace Cpd.Reminders.Tests.Support;

/// <summary>
/// A reminder store that passes every call on, with hooks to act between the query and the claim (another
/// sitting changing the record) or to fail in place of recording a send (a dispatcher dying).
/// </summary>
internal sealed class InterceptingReminderStore(ICpdReminderStore inner) : ICpdReminderStore
{
    public Func<Task> AfterFind { get; set; } = () => Task.CompletedTask;

    public Func<ReminderClaim, Exception?> FailRecording { get; set; } = _ => null;

    public async Task<IReadOnlyList<DueReminder>> FindDueRemindersAsync(
        LocalDate latestReminderDate, int limit, CancellationToken cancellationToken = default)
    {
        var found = await inner.FindDueRemindersAsync(latestReminderDate, limit, cancellationToken);
        await AfterFind();
        return found;
    }

    public Task<ReminderClaim?> TryClaimReminderAsync(
        ReminderKey key, string dispatcherId, Instant now, Duration lease,
            CancellationToken cancellationToken = default) =>
        inner.TryClaimReminderAsync(key, dispatcherId, now, lease, cancellationToken);

    public Task RecordReminderSentAsync(ReminderClaim claim, Instant sentAt,
        CancellationToken cancellationToken = default) =>
        FailRecording(claim) is { } failure
            ? Task.FromException(failure)
            : inner.RecordReminderSentAsync(claim, sentAt, cancellationToken);

    public Task ReleaseReminderClaimAsync(ReminderClaim claim, Instant retryAt,
        CancellationToken cancellationToken = default) =>
        inner.ReleaseReminderClaimAsync(claim, retryAt, cancellationToken);
}
