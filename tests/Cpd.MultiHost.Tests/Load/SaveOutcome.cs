namespace Cpd.MultiHost.Tests.Load;

/// <summary>How a host answered one save of an answer.</summary>
internal enum SaveOutcome
{
    /// <summary>Acknowledged: redirected back to the saved answer.</summary>
    Saved,

    /// <summary>Refused with 409, showing the answer saved elsewhere beside the member's own.</summary>
    Conflict,

    /// <summary>Refused with 409, asking the member to save again: the record was busy.</summary>
    Busy,

    /// <summary>Anything else: a server error, a lost connection, a page that reports no conflict.</summary>
    Failed,
}
