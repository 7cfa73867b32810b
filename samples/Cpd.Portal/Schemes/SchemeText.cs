using Cpd.Domain.Schemes;

namespace Cpd.Portal.Schemes;

/// <summary>How the portal words why a record does not count.</summary>
public static class SchemeText
{
    /// <summary>Says why a record of the cycle does not count, and what would make it count.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The sentence.</returns>
    public static string Reason(ExclusionReason reason) => reason switch
    {
        ExclusionReason.NoActivityDate => "it has no activity date.",
        ExclusionReason.NotCompleted => "answer every question to complete it.",
        ExclusionReason.CategoryNotAccepted => "its category is not one this scheme counts.",
        ExclusionReason.NoHours => "it has no hours.",
        _ => "it does not meet the scheme's rules.",
    };
}
