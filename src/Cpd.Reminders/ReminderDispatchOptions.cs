using Cpd.Domain;
using Cpd.Domain.Reminders;
using Cpd.Reminders.Dispatch;
using NodaTime;

namespace Cpd.Reminders;

/// <summary>
/// How a <see cref="ReminderDispatcher"/> works: when reminders are sent, how long a claim lasts, how many are
/// taken per pass, where record links point, and how failed sends are tried again. Every value is checked by
/// <see cref="Validate"/> when a dispatcher is created.
/// </summary>
/// <remarks>
/// Settable so that a host can bind it from configuration; a dispatcher copies the values when it is created,
/// so changing them afterwards has no effect on it.
/// </remarks>
public sealed class ReminderDispatchOptions
{
    /// <summary>The largest batch a pass may take.</summary>
    public const int MaxBatchSize = 10_000;

    /// <summary>The most send attempts within one pass.</summary>
    public const int MaxSendAttempts = 10;

    /// <summary>Gets or sets the member's local time at which a reminder is sent on its date.</summary>
    /// <value>09:00 by default.</value>
    public LocalTime SendAt { get; set; } = ReminderSchedule.Default.SendAt;

    /// <summary>
    /// Gets or sets how long a dispatcher's claim on a reminder lasts. It must cover a send with all its in-pass
    /// attempts; a dispatcher that dies holding a claim delays that reminder by at most this long.
    /// </summary>
    /// <value>10 minutes by default; from 1 minute to 1 day.</value>
    public Duration Lease { get; set; } = Duration.FromMinutes(10);

    /// <summary>Gets or sets how many candidate reminders one pass takes from the store.</summary>
    /// <value>100 by default; from 1 to <see cref="MaxBatchSize"/>.</value>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Gets or sets the absolute http(s) address under which the portal shows a record; the record id is
    /// appended to it to make the link in each message.
    /// </summary>
    /// <value>Required; no default.</value>
    public Uri? RecordBaseAddress { get; set; }

    /// <summary>Gets or sets the domain part of Message-Ids.</summary>
    /// <value><see langword="null"/> by default: the host of <see cref="RecordBaseAddress"/>.</value>
    public string? MessageIdDomain { get; set; }

    /// <summary>
    /// Gets or sets the name a dispatcher claims reminders under. Dispatchers that share a store must have
    /// different names.
    /// </summary>
    /// <value>The machine name and process id by default, such as <c>web-2:4711</c>; at most 200 characters.</value>
    public string DispatcherId { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Gets or sets how many times a send is tried within one pass before the claim is given up.</summary>
    /// <value>3 by default; from 1 to <see cref="MaxSendAttempts"/>.</value>
    public int SendAttempts { get; set; } = 3;

    /// <summary>
    /// Gets or sets the wait before the first retry within a pass; later waits grow exponentially, with jitter.
    /// </summary>
    /// <value>2 seconds by default; from 0 to 1 minute.</value>
    public Duration SendRetryDelay { get; set; } = Duration.FromSeconds(2);

    /// <summary>
    /// Gets or sets how long after a pass whose attempts all failed the reminder is claimable again; the wait
    /// doubles with each failed claim, up to <see cref="MaxRetryDelay"/>.
    /// </summary>
    /// <value>5 minutes by default; from 1 second to 1 day.</value>
    public Duration RetryDelay { get; set; } = Duration.FromMinutes(5);

    /// <summary>Gets or sets the longest wait between failed claims of one reminder.</summary>
    /// <value>6 hours by default; from <see cref="RetryDelay"/> to 7 days.</value>
    public Duration MaxRetryDelay { get; set; } = Duration.FromHours(6);

    /// <summary>Checks every value and collects each problem found.</summary>
    /// <returns>The problems; empty when the options are usable.</returns>
    public IReadOnlyList<ValidationError> Validate() => DispatchOptionRules.Check(this);

    /// <summary>Checks every value.</summary>
    /// <exception cref="CpdValidationException">A value is unusable; every problem is listed.</exception>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new CpdValidationException(errors);
        }
    }
}
