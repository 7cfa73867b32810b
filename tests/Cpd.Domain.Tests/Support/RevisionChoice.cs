namespace Cpd.Domain.Tests.Support;

/// <summary>Which revision a sitting names when it sends a command.</summary>
public enum RevisionChoice
{
    /// <summary>The revision stored now: the sitting is up to date.</summary>
    Current,

    /// <summary><see cref="Records.CpdRecord.NoRevision"/>: the sitting saw no answer.</summary>
    None,

    /// <summary>A revision that is not the stored one: another sitting wrote meanwhile.</summary>
    Stale,
}
