using Cpd.Domain;

namespace Cpd.Reminders;

/// <summary>
/// A reminder could not be handed to the mail system: the server was unreachable, refused the connection or the
/// credentials, or refused the message. The message is safe to log and names the server, never a password; the
/// mail library's exception is kept as the inner exception. The dispatcher treats it as worth trying again later.
/// </summary>
public sealed class CpdReminderDeliveryException : CpdException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, and what an operator can do.</param>
    public CpdReminderDeliveryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the mail library's failure.</summary>
    /// <param name="message">What failed, and what an operator can do.</param>
    /// <param name="innerException">The mail library's exception.</param>
    public CpdReminderDeliveryException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
