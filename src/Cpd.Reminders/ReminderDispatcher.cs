using Cpd.Domain.Reminders;
using Cpd.Reminders.Dispatch;
using Cpd.Storage;
using Cpd.Storage.Reminders;
using NodaTime;
using Polly;

namespace Cpd.Reminders;

/// <summary>
/// Sends due reminders: each incomplete record's reminder, once, at the send time on its date in the member's
/// own time zone. Several dispatchers (threads, processes, servers) may share one store; each reminder is still
/// sent once, because a dispatcher claims it in the store before sending and records the send after.
/// </summary>
/// <remarks>
/// <para>
/// One <see cref="DispatchDueAsync"/> call is one pass: it asks the store for up to
/// <see cref="ReminderDispatchOptions.BatchSize"/> candidates up to
/// <see cref="ReminderSchedule.LatestPossiblyDueDate"/>, and for each one looks up the member, checks that its
/// send time has come in the member's zone, claims it for <see cref="ReminderDispatchOptions.Lease"/>, reads
/// the record again, composes the message, sends it and records the send. A record completed or deleted, or
/// whose reminder date moved or was cleared, after the query gets no message for the old date.
/// </para>
/// <para>
/// Failures: a send that fails is tried again within the pass with Polly's exponential backoff
/// (<see cref="ReminderDispatchOptions.SendAttempts"/>); when every attempt fails the claim is given up until a
/// retry time that doubles with each failed claim, so a reminder is never dropped. A reminder whose date passed
/// while no dispatcher ran is sent once, by the next pass.
/// </para>
/// <para>
/// Crashes: a dispatcher that dies, or cannot record the send, after the mail system accepted a message leaves a
/// claim that lapses after the lease; the next pass then sends the reminder again, once, with the same
/// Message-Id, so that mail systems can discard the repeat. That is the whole bound: at most one extra message
/// per such crash, and none otherwise. A dispatcher that dies before sending only delays the reminder until its
/// claim lapses. Cancelling a pass has the same effect as a crash at that point.
/// </para>
/// <para>
/// Time comes from the injected clock only. Instances are safe to share between threads; run passes one at a
/// time per dispatcher (a host runs one dispatcher per process, each with its own
/// <see cref="ReminderDispatchOptions.DispatcherId"/>).
/// </para>
/// </remarks>
public sealed partial class ReminderDispatcher
{
    private readonly ReminderStores _stores;
    private readonly IMemberDirectory _members;
    private readonly IReminderSender _sender;
    private readonly IClock _clock;
    private readonly IReminderDispatchListener? _listener;
    private readonly ReminderMessageComposer _composer;
    private readonly ResiliencePipeline _sendPipeline;
    private readonly RetryBackoff _backoff;
    private readonly string _dispatcherId;
    private readonly Duration _lease;
    private readonly int _batchSize;

    /// <summary>Creates a dispatcher.</summary>
    /// <param name="records">The records, read again before each send.</param>
    /// <param name="reminders">
    /// The reminder queries and claims; usually the same store as <paramref name="records"/>.
    /// </param>
    /// <param name="members">The portal's members: addresses and time zones.</param>
    /// <param name="sender">The mail system.</param>
    /// <param name="clock">The clock; tests pass a NodaTime FakeClock.</param>
    /// <param name="options">The options; checked now and copied.</param>
    /// <param name="listener">Hears what happens to each reminder; <see langword="null"/> for none.</param>
    /// <param name="retryTimer">
    /// Waits between the attempts within a pass; <see langword="null"/> for <see cref="TimeProvider.System"/>.
    /// </param>
    /// <exception cref="Cpd.Domain.CpdValidationException">An option is unusable; every problem is listed.</exception>
    public ReminderDispatcher(
        ICpdRecordStore records,
        ICpdReminderStore reminders,
        IMemberDirectory members,
        IReminderSender sender,
        IClock clock,
        ReminderDispatchOptions options,
        IReminderDispatchListener? listener = null,
        TimeProvider? retryTimer = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(reminders);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();

        _stores = new ReminderStores(records, reminders);
        (_members, _sender, _clock, _listener) = (members, sender, clock, listener);
        Schedule = new ReminderSchedule(options.SendAt);
        _composer = new ReminderMessageComposer(options.RecordBaseAddress!, options.MessageIdDomain);
        _sendPipeline = SendPipeline.Build(
            options.SendAttempts, options.SendRetryDelay, retryTimer ?? TimeProvider.System);
        _backoff = new RetryBackoff(options.RetryDelay, options.MaxRetryDelay);
        (_dispatcherId, _lease, _batchSize) = (options.DispatcherId, options.Lease, options.BatchSize);
    }

    /// <summary>Gets the schedule: the local time at which reminders are sent.</summary>
    public ReminderSchedule Schedule { get; }

    /// <summary>Gets the composer that writes the messages.</summary>
    public ReminderMessageComposer Composer => _composer;

    /// <summary>
    /// Runs one pass: sends every due reminder of one batch of candidates, as described on the class.
    /// </summary>
    /// <param name="cancellationToken">Stops the pass; a reminder being sent then behaves as after a crash.</param>
    /// <returns>What the pass did.</returns>
    /// <exception cref="CpdStoreException">
    /// The store could not be read or a claim made; the pass stopped there.
    /// </exception>
    /// <exception cref="OperationCanceledException">The pass was cancelled.</exception>
    /// <remarks>An exception from the member directory stops the pass too; it is not wrapped.</remarks>
    public async Task<ReminderDispatchReport> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var latest = ReminderSchedule.LatestPossiblyDueDate(_clock.GetCurrentInstant());
        var candidates = await _stores.Reminders.FindDueRemindersAsync(latest, _batchSize, cancellationToken)
            .ConfigureAwait(false);
        var tally = new OutcomeTally();
        foreach (var candidate in candidates)
        {
            tally.Add(await DispatchAsync(candidate, cancellationToken).ConfigureAwait(false));
        }

        return tally.ToReport();
    }

    private async Task<ReminderOutcome> DispatchAsync(DueReminder candidate, CancellationToken cancellationToken)
    {
        var member = await _members.FindAsync(candidate.MemberId, cancellationToken).ConfigureAwait(false);
        var now = _clock.GetCurrentInstant();
        if (member is null)
        {
            Report(new ReminderDispatchEvent(
                ReminderDispatchEventKind.MemberUnknown, candidate.Key, candidate.MemberId, now));
            return ReminderOutcome.MemberUnknown;
        }

        if (!Schedule.IsDue(candidate.ReminderDate, member.TimeZone, now))
        {
            return ReminderOutcome.NotYetDue;
        }

        var claim = await _stores.Reminders
            .TryClaimReminderAsync(candidate.Key, _dispatcherId, now, _lease, cancellationToken)
            .ConfigureAwait(false);
        return claim is null
            ? ReminderOutcome.ClaimedElsewhere
            : await SendClaimedAsync(candidate, member, claim, cancellationToken).ConfigureAwait(false);
    }

    private void Report(ReminderDispatchEvent dispatchEvent)
    {
        if (_listener is null)
        {
            return;
        }

        try
        {
            _listener.OnDispatchEvent(dispatchEvent);
        }
#pragma warning disable CA1031 // A listener's failure must not stop dispatch; the listener is the place to log it.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Documented on IReminderDispatchListener: ignored so that the pass goes on.
        }
    }
}
