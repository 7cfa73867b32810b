namespace Cpd.Domain.Schemes;

/// <summary>Reduces a scheme's minimums for the member's exemption periods in a cycle, pro rata by days.</summary>
internal static class ProRata
{
    /// <summary>The share of the minimums waived: each qualifying day off counts its waived share.</summary>
    public static decimal Reduction(CpdScheme scheme, SchemeMembership membership, CpdCycle cycle)
    {
        if (scheme.Definition.Exemptions is not { } policy)
        {
            return 0m;
        }

        var waivedDays = membership.Exemptions
            .Where(exemption => exemption.Days >= policy.MinimumDays)
            .Sum(exemption => exemption.DaysIn(cycle) * exemption.WaivedShare);
        return Math.Min(1m, waivedDays / cycle.Days);
    }

    /// <summary>A minimum after the reduction, rounded up: to whole records, or to a tenth of other units.</summary>
    public static decimal Reduce(decimal minimum, decimal reduction, CreditUnit unit) =>
        RoundUp(minimum * (1m - reduction), unit);

    public static decimal RoundUp(decimal amount, CreditUnit unit)
    {
        // Shares such as 1/3 are not exact in decimal: what is within a millionth of a tenth is that tenth.
        var scale = unit == CreditUnit.Records ? 1m : 10m;
        return Math.Ceiling(Math.Round(amount * scale, 6)) / scale;
    }
}
