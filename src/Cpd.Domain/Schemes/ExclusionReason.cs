namespace Cpd.Domain.Schemes;

/// <summary>Why a record does not count in a scheme's cycle.</summary>
public enum ExclusionReason
{
    /// <summary>The record has no activity date, so it belongs to no cycle.</summary>
    NoActivityDate,

    /// <summary>The scheme counts completed records only, and this one has unanswered questions.</summary>
    NotCompleted,

    /// <summary>No category of the scheme accepts the record's category.</summary>
    CategoryNotAccepted,

    /// <summary>The scheme earns credits per hour and the record has no hours.</summary>
    NoHours,
}
