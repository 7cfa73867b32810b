using Cpd.Domain;
using Cpd.Domain.Planning;

namespace Cpd.Storage.Planning;

/// <summary>The member has no objective with this id (another member's objective counts as none).</summary>
public sealed class CpdObjectiveNotFoundException : CpdException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="id">The id that was asked for.</param>
    public CpdObjectiveNotFoundException(ObjectiveId id)
        : base($"No objective {id} was found.")
    {
        ObjectiveId = id;
    }

    /// <summary>Gets the id that was asked for.</summary>
    public ObjectiveId ObjectiveId { get; }
}
