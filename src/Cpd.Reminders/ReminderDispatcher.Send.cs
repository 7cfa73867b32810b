using Cpd.Domain.Records;
using Cpd.Reminders.Dispatch;
using Cpd.Storage;
using Cpd.Storage.Reminders;

namespace Cpd.Reminders;

public sealed partial class ReminderDispatcher
{
    private async Task<ReminderOutcome> SendClaimedAsync(
        DueReminder candidate, MemberContact member, ReminderClaim claim, CancellationToken cancellationToken)
    {
        var record = await _stores.Records.FindAsync(candidate.MemberId, candidate.Key.RecordId, cancellationToken)
            .ConfigureAwait(false);
        return StillWanted(record, candidate)
            ? await SendAsync(candidate, record!, member, claim, cancellationToken).ConfigureAwait(false)
            : await WithdrawAsync(candidate, claim, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ReminderOutcome> SendAsync(
        DueReminder candidate,
        CpdRecord record,
        MemberContact member,
        ReminderClaim claim,
        CancellationToken cancellationToken)
    {
        ReminderMessage? message = null;
        try
        {
            message = _composer.Compose(record, member, _clock.GetCurrentInstant());
            await _sendPipeline.ExecuteAsync(
                static async (state, token) => await state.Sender.SendAsync(state.Message, token).ConfigureAwait(false),
                (Sender: _sender, Message: message),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsFailedSend(exception, cancellationToken))
        {
            return await GiveUpClaimAsync(candidate, claim, message?.MessageId, exception).ConfigureAwait(false);
        }

        return await RecordSentAsync(candidate, claim, message.MessageId).ConfigureAwait(false);
    }

    private async Task<ReminderOutcome> WithdrawAsync(
        DueReminder candidate, ReminderClaim claim, CancellationToken cancellationToken)
    {
        await _stores.Reminders.ReleaseReminderClaimAsync(claim, _clock.GetCurrentInstant(), cancellationToken)
            .ConfigureAwait(false);
        Report(Event(ReminderDispatchEventKind.Withdrawn, candidate, claim));
        return ReminderOutcome.Withdrawn;
    }

    // Recorded without the caller's token: once a message went out, stopping now would only cause a duplicate.
    private async Task<ReminderOutcome> RecordSentAsync(DueReminder candidate, ReminderClaim claim, string messageId)
    {
        var sentAt = _clock.GetCurrentInstant();
        try
        {
            await _stores.Reminders.RecordReminderSentAsync(claim, sentAt, CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (CpdStoreException exception)
        {
            Report(Event(ReminderDispatchEventKind.SendNotRecorded, candidate, claim) with
            {
                MessageId = messageId,
                Error = exception,
            });
            return ReminderOutcome.NotRecorded;
        }

        Report(Event(ReminderDispatchEventKind.Sent, candidate, claim) with { MessageId = messageId });
        return ReminderOutcome.Sent;
    }

    private async Task<ReminderOutcome> GiveUpClaimAsync(
        DueReminder candidate, ReminderClaim claim, string? messageId, Exception exception)
    {
        var retryAt = _clock.GetCurrentInstant() + _backoff.After(claim.Attempt);
        await _stores.Reminders.ReleaseReminderClaimAsync(claim, retryAt, CancellationToken.None).ConfigureAwait(false);
        Report(Event(ReminderDispatchEventKind.SendFailed, candidate, claim) with
        {
            MessageId = messageId,
            RetryAt = retryAt,
            Error = exception,
        });
        return ReminderOutcome.Failed;
    }

    private ReminderDispatchEvent Event(ReminderDispatchEventKind kind, DueReminder candidate, ReminderClaim claim) =>
        new(kind, candidate.Key, candidate.MemberId, _clock.GetCurrentInstant()) { Attempt = claim.Attempt };

    private static bool StillWanted(CpdRecord? record, DueReminder candidate) =>
        record is not null
        && record.Status != CpdRecordStatus.Completed
        && record.ReminderDate == candidate.ReminderDate;

    // Any failure of the mail system or the message counts, so that nothing is dropped; only the caller's own
    // cancellation stops the pass (and leaves the claim to lapse, as a crash would).
    private static bool IsFailedSend(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);
}
