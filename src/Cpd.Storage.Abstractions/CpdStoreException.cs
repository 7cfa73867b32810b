using Cpd.Domain;

namespace Cpd.Storage;

/// <summary>
/// The store could not do what was asked: it is unreachable, busy beyond its timeout, or holds data it
/// cannot read. The provider's own exception is kept as the inner exception for diagnostics; the message is
/// safe to log and says what an operator can do.
/// </summary>
public sealed class CpdStoreException : CpdException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, and what an operator can do.</param>
    public CpdStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the provider's failure.</summary>
    /// <param name="message">What failed, and what an operator can do.</param>
    /// <param name="innerException">The provider's exception.</param>
    public CpdStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
