namespace Cpd.Domain.Schemes;

/// <summary>What a scheme counts: the unit its minimums and a member's totals are stated in.</summary>
public enum CreditUnit
{
    /// <summary>Hours of activity.</summary>
    Hours,

    /// <summary>Points, as some bodies award per activity or per hour.</summary>
    Points,

    /// <summary>Credits, as some bodies award per activity or per hour.</summary>
    Credits,

    /// <summary>Units, usually one per hour of development.</summary>
    Units,

    /// <summary>Records: each counted record is worth the same.</summary>
    Records,
}
