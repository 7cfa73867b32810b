namespace Cpd.Reminders;

/// <summary>Hands a reminder message to a mail system for delivery.</summary>
/// <remarks>Implementations are safe to use from several threads at once.</remarks>
public interface IReminderSender
{
    /// <summary>Sends one message.</summary>
    /// <param name="message">The message, with its stable <see cref="ReminderMessage.MessageId"/>.</param>
    /// <param name="cancellationToken">Cancels the send; whether the message went out is then unknown.</param>
    /// <returns>A task that completes when the mail system has accepted the message.</returns>
    /// <exception cref="CpdReminderDeliveryException">
    /// The mail system could not be reached or refused the message; the dispatcher tries again later.
    /// </exception>
    Task SendAsync(ReminderMessage message, CancellationToken cancellationToken = default);
}
