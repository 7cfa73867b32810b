namespace Cpd.Domain.Planning;

/// <summary>Where a development objective stands, as the member judges it.</summary>
public enum ObjectiveStatus
{
    /// <summary>Set, with no activity towards it yet.</summary>
    Planned,

    /// <summary>Activities towards it have started.</summary>
    InProgress,

    /// <summary>The member judges it achieved.</summary>
    Achieved,

    /// <summary>The member no longer pursues it; it stays in the plan so that its history is kept.</summary>
    Dropped,
}
