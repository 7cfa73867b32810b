namespace Cpd.Domain.Schemes;

/// <summary>Why a member's minimums are reduced for a period.</summary>
public enum ExemptionKind
{
    /// <summary>A career break (parental leave, illness, caring, unemployment…): no work at all.</summary>
    CareerBreak,

    /// <summary>Part-time work at a stated fraction of full time.</summary>
    PartTime,
}
