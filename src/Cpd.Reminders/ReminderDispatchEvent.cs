using Cpd.Domain;
using Cpd.Domain.Reminders;
using NodaTime;

namespace Cpd.Reminders;

/// <summary>One thing a dispatcher did with one reminder.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Key">The reminder.</param>
/// <param name="MemberId">The member it is for.</param>
/// <param name="At">When it happened, by the dispatcher's clock.</param>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record ReminderDispatchEvent(
    ReminderDispatchEventKind Kind, ReminderKey Key, MemberId MemberId, Instant At)
{
    /// <summary>Gets the claim attempt this event belongs to (1 for the first); 0 when no claim was made.</summary>
    public int Attempt { get; init; }

    /// <summary>
    /// Gets the Message-Id of the message sent or tried, without angle brackets; when one was composed.
    /// </summary>
    public string? MessageId { get; init; }

    /// <summary>Gets when the reminder may be tried again, after a failed send.</summary>
    public Instant? RetryAt { get; init; }

    /// <summary>
    /// Gets the failure, for <see cref="ReminderDispatchEventKind.SendFailed"/> and <see
    /// cref="ReminderDispatchEventKind.SendNotRecorded"/>.
    /// </summary>
    public Exception? Error { get; init; }
}
