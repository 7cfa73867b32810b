using Cpd.Domain;
using Cpd.Domain.Planning;

namespace Cpd.Storage.Planning;

/// <summary>A write was based on a version of the objective that is no longer the stored one. Nothing changed.</summary>
public sealed class CpdObjectiveConcurrencyException : CpdConflictException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="id">The objective concerned.</param>
    /// <param name="expectedVersion">The version the write was based on.</param>
    /// <param name="storedVersion">The version stored now.</param>
    public CpdObjectiveConcurrencyException(ObjectiveId id, long expectedVersion, long storedVersion)
        : base($"Objective {id} is at version {storedVersion}, not {expectedVersion}: it was changed elsewhere.")
    {
        ObjectiveId = id;
        ExpectedVersion = expectedVersion;
        StoredVersion = storedVersion;
    }

    /// <summary>Gets the objective concerned.</summary>
    public ObjectiveId ObjectiveId { get; }

    /// <summary>Gets the version the write was based on.</summary>
    public long ExpectedVersion { get; }

    /// <summary>Gets the version stored now.</summary>
    public long StoredVersion { get; }
}
