namespace Cpd.Hosting;

/// <summary>How often <see cref="ReminderDispatchService"/> runs a dispatch pass.</summary>
public sealed class ReminderDispatchServiceOptions
{
    /// <summary>Gets or sets the wait between the end of one pass and the start of the next.</summary>
    /// <value>
    /// 1 minute by default; from 1 second to 1 hour. A reminder is sent at most this long after its time.
    /// </value>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
