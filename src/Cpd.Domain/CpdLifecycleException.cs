namespace Cpd.Domain;

/// <summary>
/// A command is not allowed in the record's current state, such as clearing an answer that was never
/// saved. The record is unchanged.
/// </summary>
public sealed class CpdLifecycleException : CpdException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is not allowed, and why.</param>
    public CpdLifecycleException(string message)
        : base(message)
    {
    }
}
