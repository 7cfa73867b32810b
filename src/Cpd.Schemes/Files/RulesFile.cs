namespace Cpd.Schemes.Files;

/// <summary>The <c>rules</c> object of a scheme file.</summary>
internal sealed class RulesFile
{
    public decimal? MinimumTotal { get; set; }

    public int? MinimumDistinctCategories { get; set; }

    public decimal? MinimumPlannedShare { get; set; }
}
