namespace Cpd.Domain.Schemes;

/// <summary>Checks each rule of a scheme against a cycle's tallies and words the outcome for the member.</summary>
internal sealed class RuleChecks
{
    private readonly CpdScheme _scheme;
    private readonly CpdCycle _cycle;
    private readonly decimal _reduction;

    public RuleChecks(CpdScheme scheme, CpdCycle cycle, decimal reduction)
    {
        _scheme = scheme;
        _cycle = cycle;
        _reduction = reduction;
    }

    private CreditUnit Unit => _scheme.Unit;

    private string By => $"by {ComplianceText.Day(_cycle.End)}";

    public IReadOnlyList<RuleOutcome> Check(IReadOnlyList<CategoryTally> tallies, CycleRecords records)
    {
        var rules = _scheme.Definition.Rules;
        var outcomes = new List<RuleOutcome>();
        if (rules.MinimumTotal is { } total)
        {
            outcomes.Add(Minimum(RuleKind.MinimumTotal, null, null, total, tallies.Sum(t => t.Counted)));
        }

        foreach (var (category, tally) in _scheme.Categories.Zip(tallies))
        {
            if (category.Minimum is { } minimum)
            {
                outcomes.Add(Minimum(RuleKind.CategoryMinimum, category.Id, category.Phrase, minimum, tally.Counted));
            }
        }

        if (rules.MinimumDistinctCategories is { } distinct)
        {
            outcomes.Add(Distinct(distinct, tallies));
        }

        if (rules.MinimumPlannedShare is { } share)
        {
            outcomes.Add(Planned(share, records.PlannedEarned, records.Earned));
        }

        return outcomes;
    }

    private RuleOutcome Minimum(RuleKind kind, string? categoryId, string? phrase, decimal stated, decimal achieved)
    {
        var required = ProRata.Reduce(stated, _reduction, Unit);
        var shortfall = Math.Max(0m, required - achieved);
        var of = phrase is null ? string.Empty : $" of {phrase}";
        var message = shortfall == 0m
            ? $"Met: {ComplianceText.Amount(achieved, Unit)}{of} of the {ComplianceText.Number(required)} required."
            : $"{ComplianceText.Number(shortfall)} more {ComplianceText.UnitName(Unit, shortfall)}{of} {By} "
              + $"({ComplianceText.Number(achieved)} of {ComplianceText.Number(required)} so far).";
        return new RuleOutcome(kind, categoryId, shortfall == 0m, required, achieved, shortfall, message);
    }

    private RuleOutcome Distinct(int required, IReadOnlyList<CategoryTally> tallies)
    {
        var active = tallies.Count(tally => tally.Earned > 0m);
        var missing = Math.Max(0, required - active);
        var untouched = tallies.Where(tally => tally.Earned == 0m).Select(tally => tally.Name).ToList();
        var message = missing == 0
            ? $"Met: activity in {active} categories of the {required} required."
            : $"Activity in {missing} more {(missing == 1 ? "category" : "categories")} {By} "
              + $"({active} of {required} so far; none yet in {ComplianceText.List(untouched)}).";
        return new RuleOutcome(RuleKind.DistinctCategories, null, missing == 0, required, active, missing, message);
    }

    private RuleOutcome Planned(decimal share, decimal planned, decimal earned)
    {
        var achieved = earned == 0m ? 0m : planned / earned;
        var needed = ProRata.RoundUp(Math.Max(0m, ((share * earned) - planned) / (1m - share)), Unit);
        var units = ComplianceText.UnitName(Unit, 2m);
        var message = needed == 0m
            ? $"Met: {ComplianceText.Percent(achieved)} of your {units} were planned; at least "
              + $"{ComplianceText.Percent(share)} must be."
            : $"{ComplianceText.Number(needed)} more {ComplianceText.UnitName(Unit, needed)} of planned activity {By} "
              + $"({ComplianceText.Percent(achieved)} of your {units} were planned; at least "
              + $"{ComplianceText.Percent(share)} must be).";
        return new RuleOutcome(RuleKind.PlannedShare, null, needed == 0m, share, achieved, needed, message);
    }
}
