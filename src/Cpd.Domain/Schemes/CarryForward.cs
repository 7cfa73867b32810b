namespace Cpd.Domain.Schemes;

/// <summary>Works out what a member carries into a cycle from the cycle before, from that cycle's records.</summary>
internal static class CarryForward
{
    public static decimal Into(
        CpdScheme scheme, SchemeMembership membership, IReadOnlyList<Records.CpdRecord> records, CpdCycle cycle)
    {
        var definition = scheme.Definition;
        if (definition.CarryForward is not { } rule
            || scheme.Cycle.Before(cycle, membership.Registered) is not { } previous)
        {
            return 0m;
        }

        var category = scheme.Categories.First(c => c.Id == rule.CategoryId);
        var sorted = CycleRecords.Sort(scheme, records, previous);
        var reduction = ProRata.Reduction(scheme, membership, previous);
        if (rule.OnlyIfMinimumTotalMet && definition.Rules.MinimumTotal is { } minimumTotal
            && CappedTotal(scheme, sorted) < ProRata.Reduce(minimumTotal, reduction, scheme.Unit))
        {
            return 0m;
        }

        var baseline = category.Minimum is { } minimum ? ProRata.Reduce(minimum, reduction, scheme.Unit) : 0m;
        return Math.Clamp(sorted.EarnedIn(category) - baseline, 0m, rule.Maximum);
    }

    private static decimal CappedTotal(CpdScheme scheme, CycleRecords sorted) =>
        scheme.Categories.Sum(category => Math.Min(sorted.EarnedIn(category), category.Maximum ?? decimal.MaxValue));
}
