namespace Cpd.Domain.Schemes;

/// <summary>Which rule of a scheme an outcome is about.</summary>
public enum RuleKind
{
    /// <summary>The minimum over all categories.</summary>
    MinimumTotal,

    /// <summary>The minimum in one category.</summary>
    CategoryMinimum,

    /// <summary>The least number of different categories with counted activity.</summary>
    DistinctCategories,

    /// <summary>The least share of activity that was planned.</summary>
    PlannedShare,
}
