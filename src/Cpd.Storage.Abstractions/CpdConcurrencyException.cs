using Cpd.Domain;
using Cpd.Domain.Records;

namespace Cpd.Storage;

/// <summary>A write was based on a version of the record that is no longer the stored one. Nothing changed.</summary>
public sealed class CpdConcurrencyException : CpdConflictException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="id">The record concerned.</param>
    /// <param name="expectedVersion">The version the write was based on.</param>
    /// <param name="storedVersion">The version stored now.</param>
    public CpdConcurrencyException(CpdRecordId id, long expectedVersion, long storedVersion)
        : base($"Record {id} is at version {storedVersion}, not {expectedVersion}: it was changed elsewhere.")
    {
        RecordId = id;
        ExpectedVersion = expectedVersion;
        StoredVersion = storedVersion;
    }

    /// <summary>Gets the record concerned.</summary>
    public CpdRecordId RecordId { get; }

    /// <summary>Gets the version the write was based on.</summary>
    public long ExpectedVersion { get; }

    /// <summary>Gets the version stored now.</summary>
    public long StoredVersion { get; }
}
