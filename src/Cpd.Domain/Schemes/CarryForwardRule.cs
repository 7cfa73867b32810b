namespace Cpd.Domain.Schemes;

/// <summary>
/// How much of the previous cycle's excess a member may carry into the next: what they earned in a category
/// above that category's minimum, up to a limit.
/// </summary>
/// <remarks>
/// Carry-forward comes only from the cycle just before, worked out from its records as they stand; an amount
/// carried into that cycle does not carry on again.
/// </remarks>
/// <param name="CategoryId">The category whose excess carries forward, and which receives it.</param>
/// <param name="Maximum">The most that may be carried; greater than zero.</param>
/// <param name="OnlyIfMinimumTotalMet">
/// Whether the previous cycle must have met the scheme's minimum total for anything to carry.
/// </param>
public sealed record CarryForwardRule(string CategoryId, decimal Maximum, bool OnlyIfMinimumTotalMet);
