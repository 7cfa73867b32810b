namespace Cpd.Domain;

/// <summary>
/// A change was based on data that has since been changed elsewhere (another sitting, another browser
/// tab, another server). Nothing was overwritten: the host should show the member what is stored now and
/// let them choose.
/// </summary>
public class CpdConflictException : CpdException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What changed in the meantime.</param>
    public CpdConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure that revealed the conflict.</summary>
    /// <param name="message">What changed in the meantime.</param>
    /// <param name="innerException">The underlying failure, kept for diagnostics.</param>
    public CpdConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
