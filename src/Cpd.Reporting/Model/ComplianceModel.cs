using Cpd.Domain.Schemes;
using Scriban.Runtime;

namespace Cpd.Reporting.Model;

/// <summary>
/// The member's standing in each scheme as the template sees it (<c>compliance</c>): the cycle, what counts in
/// each category against its minimum, and each rule met or not with the sentence saying what is left to do.
/// </summary>
internal sealed class ComplianceModel(IReadOnlyList<ComplianceResult> results, ReportText text)
{
    /// <summary>How many loop iterations a template needs to visit every scheme, category and rule.</summary>
    public int Iterations => results.Count + results.Sum(result => result.Categories.Count + result.Rules.Count);

    /// <summary>The <c>compliance</c> array, one object per scheme in the order given; empty without any.</summary>
    public ScriptArray Build()
    {
        var schemes = new ScriptArray(results.Count);
        foreach (var result in results)
        {
            schemes.Add(Scheme(result));
        }

        return schemes;
    }

    /// <summary>The unit as a key: hours, points, credits, units or records.</summary>
    public static string UnitKey(CreditUnit unit) => unit switch
    {
        CreditUnit.Hours => "hours",
        CreditUnit.Points => "points",
        CreditUnit.Credits => "credits",
        CreditUnit.Units => "units",
        CreditUnit.Records => "records",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown credit unit."),
    };

    /// <summary>The rule as a key: minimum-total, category-minimum, distinct-categories or planned-share.</summary>
    public static string RuleKey(RuleKind kind) => kind switch
    {
        RuleKind.MinimumTotal => "minimum-total",
        RuleKind.CategoryMinimum => "category-minimum",
        RuleKind.DistinctCategories => "distinct-categories",
        RuleKind.PlannedShare => "planned-share",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown scheme rule."),
    };

    private ScriptObject Scheme(ComplianceResult result)
    {
        var categories = new ScriptArray(result.Categories.Count);
        foreach (var category in result.Categories)
        {
            categories.Add(Category(result, category));
        }

        var rules = new ScriptArray(result.Rules.Count);
        foreach (var rule in result.Rules)
        {
            rules.Add(Rule(result, rule));
        }

        var minimum = result.Rules.FirstOrDefault(rule => rule.Kind == RuleKind.MinimumTotal);
        return new ScriptObject
        {
            ["scheme_id"] = result.SchemeId,
            ["scheme_name"] = result.SchemeName,
            ["scheme_version"] = result.SchemeVersion,
            ["unit"] = UnitKey(result.Unit),
            ["cycle"] = Cycle(result.Cycle),
            ["compliant"] = result.IsCompliant,
            ["total"] = Amount(result.Total, result.Unit),
            ["minimum_total"] = minimum is null ? null : Amount(minimum.Required, result.Unit),
            ["total_met"] = minimum?.IsMet,
            ["carried_forward"] = Amount(result.CarriedForward, result.Unit),
            ["reduction"] = text.Share(result.Reduction),
            ["categories"] = categories,
            ["rules"] = rules,
            ["counted_records"] = result.Counted.Count,
            ["excluded_records"] = result.Excluded.Count,
        };
    }

    private ScriptObject Cycle(CpdCycle cycle) => new(3)
    {
        ["index"] = cycle.Index,
        ["start"] = text.Date(cycle.Start).ToScriptObject(),
        ["end"] = text.Date(cycle.End).ToScriptObject(),
    };

    private ScriptObject Category(ComplianceResult result, CategoryTally tally)
    {
        var minimum = result.Rules.FirstOrDefault(
            rule => rule.Kind == RuleKind.CategoryMinimum && rule.CategoryId == tally.CategoryId);
        return new ScriptObject
        {
            ["id"] = tally.CategoryId,
            ["name"] = tally.Name,
            ["records"] = tally.Records,
            ["earned"] = Amount(tally.Earned, result.Unit),
            ["carried_forward"] = Amount(tally.CarriedForward, result.Unit),
            ["counted"] = Amount(tally.Counted, result.Unit),
            ["minimum"] = minimum is null ? null : Amount(minimum.Required, result.Unit),
            ["met"] = minimum?.IsMet,
        };
    }

    private ScriptObject Rule(ComplianceResult result, RuleOutcome rule) => new()
    {
        ["kind"] = RuleKey(rule.Kind),
        ["category_id"] = rule.CategoryId,
        ["label"] = RuleLabel(result, rule),
        ["met"] = rule.IsMet,
        ["required"] = Measure(rule.Kind, rule.Required, result.Unit),
        ["achieved"] = Measure(rule.Kind, rule.Achieved, result.Unit),
        ["shortfall"] = rule.Kind == RuleKind.DistinctCategories
            ? Count(rule.Shortfall, "category", "categories")
            : Amount(rule.Shortfall, result.Unit),
        ["message"] = rule.Message,
    };

    private static string RuleLabel(ComplianceResult result, RuleOutcome rule) => rule.Kind switch
    {
        RuleKind.MinimumTotal => "Total",
        RuleKind.CategoryMinimum =>
            result.Categories.FirstOrDefault(category => category.CategoryId == rule.CategoryId)?.Name
            ?? rule.CategoryId ?? "Category",
        RuleKind.DistinctCategories => "Different categories",
        RuleKind.PlannedShare => "Planned share",
        _ => RuleKey(rule.Kind),
    };

    /// <summary>What a rule asks or the member has: a share for the planned share, categories, or an amount.</summary>
    private ScriptObject Measure(RuleKind kind, decimal value, CreditUnit unit) => kind switch
    {
        RuleKind.PlannedShare => text.Share(value),
        RuleKind.DistinctCategories => Count(value, "category", "categories"),
        _ => Amount(value, unit),
    };

    private ScriptObject Amount(decimal amount, CreditUnit unit) =>
        Count(amount, UnitKey(unit)[..^1], UnitKey(unit));

    private ScriptObject Count(decimal amount, string one, string many)
    {
        var value = text.Amount(amount);
        value["text"] = $"{value["text"]} {(amount == 1m ? one : many)}";
        return value;
    }
}
