namespace Cpd.Domain.Planning;

/// <summary>
/// The member changed a development objective that was changed meanwhile in another sitting. Nothing was
/// overwritten: show both versions and let them choose.
/// </summary>
public sealed class CpdObjectiveConflictException : CpdConflictException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="attempted">The details the member tried to save.</param>
    /// <param name="stored">The details stored now.</param>
    public CpdObjectiveConflictException(ObjectiveDetails attempted, ObjectiveDetails stored)
        : base("The objective was changed in another sitting; nothing was overwritten.")
    {
        Attempted = attempted;
        Stored = stored;
    }

    /// <summary>Gets the details the member tried to save.</summary>
    public ObjectiveDetails Attempted { get; }

    /// <summary>Gets the details stored now.</summary>
    public ObjectiveDetails Stored { get; }
}
