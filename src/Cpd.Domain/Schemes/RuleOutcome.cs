namespace Cpd.Domain.Schemes;

/// <summary>Whether one rule of a scheme is met this cycle, and if not, what is left to do.</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="CategoryId">For a category minimum, the category's id; otherwise <see langword="null"/>.</param>
/// <param name="IsMet">Whether the rule is met.</param>
/// <param name="Required">
/// What the rule asks, after any pro-rata reduction: credits for a minimum, a number of categories, or a share
/// (0.5 for half) for the planned share.
/// </param>
/// <param name="Achieved">What the member has, in the same measure as <paramref name="Required"/>.</param>
/// <param name="Shortfall">
/// What is left to do: credits (for a minimum or the planned share, planned credits) or categories; 0 when met.
/// </param>
/// <param name="Message">
/// A sentence for the member, such as "4.5 more hours of formal learning by 31 March 2027".
/// </param>
public sealed record RuleOutcome(
    RuleKind Kind,
    string? CategoryId,
    bool IsMet,
    decimal Required,
    decimal Achieved,
    decimal Shortfall,
    string Message);
