namespace Cpd.Domain;

/// <summary>
/// The base of every error Cpd.Library raises on purpose. A host can catch this one type to turn any
/// library failure into a message for the member, knowing that nothing it carries is a raw provider error.
/// </summary>
public abstract class CpdException : Exception
{
    /// <summary>Creates the exception with a message for the person who has to act on it.</summary>
    /// <param name="message">What went wrong and, where possible, what to do about it.</param>
    protected CpdException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    /// <param name="message">What went wrong and, where possible, what to do about it.</param>
    /// <param name="innerException">The underlying failure, kept for diagnostics.</param>
    protected CpdException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
