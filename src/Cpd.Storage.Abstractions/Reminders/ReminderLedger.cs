using System.Collections.Immutable;
using Cpd.Domain.Reminders;
using NodaTime;

namespace Cpd.Storage.Reminders;

/// <summary>
/// An immutable record of reminder claims and sends that enforces the claim rules of
/// <see cref="ICpdReminderStore"/>. A building block for stores that keep state in memory or in one document.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ReminderLedger
{
    private readonly ImmutableDictionary<ReminderKey, ReminderDispatchState> _states;

    private ReminderLedger(ImmutableDictionary<ReminderKey, ReminderDispatchState> states) => _states = states;

    /// <summary>Gets the ledger with nothing claimed or sent.</summary>
    public static ReminderLedger Empty { get; } = new(ImmutableDictionary<ReminderKey, ReminderDispatchState>.Empty);

    /// <summary>Gets the state of every reminder that was ever claimed.</summary>
    public IReadOnlyDictionary<ReminderKey, ReminderDispatchState> States => _states;

    /// <summary>Builds a ledger from states read back from storage.</summary>
    /// <param name="states">The states by reminder.</param>
    /// <returns>The ledger.</returns>
    public static ReminderLedger Of(IEnumerable<KeyValuePair<ReminderKey, ReminderDispatchState>> states) =>
        new(ImmutableDictionary.CreateRange(states));

    /// <summary>Tells whether a send was recorded for the reminder.</summary>
    /// <param name="key">The reminder.</param>
    /// <returns><see langword="true"/> when it was sent.</returns>
    public bool IsSent(ReminderKey key) => _states.TryGetValue(key, out var state) && state.SentAt is not null;

    /// <summary>Claims a reminder when it is not sent and no running claim holds it.</summary>
    /// <param name="key">The reminder.</param>
    /// <param name="dispatcherId">The dispatcher asking.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="lease">How long the claim lasts.</param>
    /// <param name="claim">The claim granted, or <see langword="null"/>.</param>
    /// <returns>The ledger with the claim, or this ledger when none was granted.</returns>
    public ReminderLedger TryClaim(ReminderKey key, string dispatcherId, Instant now, Duration lease, out ReminderClaim? claim)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dispatcherId);
        var state = _states.GetValueOrDefault(key);
        if (state is not null && (state.SentAt is not null || state.ClaimExpiresAt > now))
        {
            claim = null;
            return this;
        }

        var attempts = (state?.Attempts ?? 0) + 1;
        claim = new ReminderClaim(key, dispatcherId, now + lease, attempts);
        return new ReminderLedger(_states.SetItem(key, new ReminderDispatchState(dispatcherId, now + lease, attempts, null)));
    }

    /// <summary>Records a send, whether or not the claim ran out meanwhile: the message went out.</summary>
    /// <param name="claim">The claim under which it was sent.</param>
    /// <param name="sentAt">When it was sent.</param>
    /// <returns>The ledger with the send recorded.</returns>
    public ReminderLedger RecordSent(ReminderClaim claim, Instant sentAt)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var state = _states.GetValueOrDefault(claim.Key)
            ?? new ReminderDispatchState(claim.DispatcherId, claim.ExpiresAt, claim.Attempt, null);
        return state.SentAt is not null
            ? this
            : new ReminderLedger(_states.SetItem(claim.Key, state with { SentAt = sentAt }));
    }

    /// <summary>Gives up a claim that is still this dispatcher's, so that another may be granted from a time.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="retryAt">The earliest instant for the next claim.</param>
    /// <returns>The ledger with the claim released, or this ledger when the claim is no longer held.</returns>
    public ReminderLedger Release(ReminderClaim claim, Instant retryAt)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var state = _states.GetValueOrDefault(claim.Key);
        var held = state is { SentAt: null } && state.ClaimedBy == claim.DispatcherId && state.Attempts == claim.Attempt;
        return held
            ? new ReminderLedger(_states.SetItem(claim.Key, state! with { ClaimExpiresAt = retryAt }))
            : this;
    }
}
