namespace Cpd.Domain.Schemes;

/// <summary>What a scheme's cycles start from.</summary>
public enum CycleAnchorKind
{
    /// <summary>A fixed day of the year, such as 1 January or 1 April.</summary>
    FixedDate,

    /// <summary>The member's registration date with the body, and its anniversaries.</summary>
    Registration,
}
