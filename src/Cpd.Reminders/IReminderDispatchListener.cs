namespace Cpd.Reminders;

/// <summary>
/// Hears what a <see cref="ReminderDispatcher"/> does with each reminder, for logs and metrics. The dispatcher
/// itself neither logs nor throws for a single reminder's trouble; it reports it here and goes on.
/// </summary>
/// <remarks>
/// Called from the dispatching thread, one event at a time per dispatcher; an exception thrown here is ignored so
/// that dispatch goes on. Implementations should return quickly.
/// </remarks>
public interface IReminderDispatchListener
{
    /// <summary>Called for each reminder the dispatcher sent, skipped, withdrew or failed to send.</summary>
    /// <param name="dispatchEvent">What happened.</param>
    void OnDispatchEvent(ReminderDispatchEvent dispatchEvent);
}
