using Cpd.Domain;
using Cpd.Domain.Records;

namespace Cpd.Storage;

/// <summary>The member has no record with this id (another member's record counts as none).</summary>
public sealed class CpdRecordNotFoundException : CpdException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="id">The id that was asked for.</param>
    public CpdRecordNotFoundException(CpdRecordId id)
        : base($"No record {id} was found.")
    {
        RecordId = id;
    }

    /// <summary>Gets the id that was asked for.</summary>
    public CpdRecordId RecordId { get; }
}
