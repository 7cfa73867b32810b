namespace Cpd.Domain.Schemes;

/// <summary>The scheme-wide rules; a rule left <see langword="null"/> does not apply.</summary>
/// <param name="MinimumTotal">The least a member must have over all categories each cycle.</param>
/// <param name="MinimumDistinctCategories">The least number of different categories with counted activity.</param>
/// <param name="MinimumPlannedShare">
/// The least share of the cycle's earned credits that must come from planned activity, above 0 and at most 0.99.
/// </param>
public sealed record SchemeRules(
    decimal? MinimumTotal = null,
    int? MinimumDistinctCategories = null,
    decimal? MinimumPlannedShare = null);
