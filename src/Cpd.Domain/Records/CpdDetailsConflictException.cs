namespace Cpd.Domain.Records;

/// <summary>
/// The member changed a record's details (title, dates, category, hours, notes or reminder) that were
/// changed meanwhile in another sitting. Nothing was overwritten: show both versions and let them choose.
/// </summary>
public sealed class CpdDetailsConflictException : CpdConflictException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="attempted">The details the member tried to save.</param>
    /// <param name="stored">The details stored now.</param>
    public CpdDetailsConflictException(CpdRecordDetails attempted, CpdRecordDetails stored)
        : base("The record's details were changed in another sitting; nothing was overwritten.")
    {
        Attempted = attempted;
        Stored = stored;
    }

    /// <summary>Gets the details the member tried to save.</summary>
    public CpdRecordDetails Attempted { get; }

    /// <summary>Gets the details stored now.</summary>
    public CpdRecordDetails Stored { get; }
}
