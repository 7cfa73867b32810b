using System.Globalization;
using Cpd.Domain.Schemes;
using Cpd.Portal.Forms;
using NodaTime;

namespace Cpd.Portal.Schemes;

/// <summary>Where a member stands in one scheme this cycle: the scheme and its compliance result.</summary>
/// <param name="Scheme">The scheme.</param>
/// <param name="Result">The member's compliance in the cycle holding today.</param>
/// <param name="Today">Today on the member's calendar.</param>
public sealed record SchemeStanding(CpdScheme Scheme, ComplianceResult Result, LocalDate Today)
{
    /// <summary>Gets the element id suffix for this scheme.</summary>
    public string Id => Scheme.Id;

    /// <summary>Gets the days left in the cycle, today included.</summary>
    public int DaysLeft => Period.DaysBetween(Today, Result.Cycle.End) + 1;

    /// <summary>Gets the cycle's dates, as members read them.</summary>
    public string CycleText => $"{RecordText.Date(Result.Cycle.Start)} to {RecordText.Date(Result.Cycle.End)}";

    /// <summary>Gets the unit's name, plural.</summary>
    public string Unit => Result.Unit.ToString().ToLowerInvariant();

    /// <summary>Gets the member's exemption periods in this scheme; those in the cycle reduce the minimums.</summary>
    public IReadOnlyList<SchemeExemption> Exemptions { get; init; } = [];

    /// <summary>Gets the one-line headline the dashboard shows.</summary>
    public string Headline
    {
        get
        {
            var counted = Counted(Result.Rules.FirstOrDefault(rule => rule.Kind == RuleKind.MinimumTotal));
            var left = Result.Shortfalls.Count();
            var standing = left == 0
                ? "every requirement met"
                : $"{left} {(left == 1 ? "requirement" : "requirements")} left by {RecordText.Date(Result.Cycle.End)}";
            return $"{Scheme.Name}: {counted}; {standing}.";
        }
    }

    /// <summary>
    /// Gets why the minimums are lower this cycle, such as "The minimums are 6.6% lower this cycle for part-time
    /// work from 1 Jan 2025 to 30 Jun 2025."; <see langword="null"/> when nothing is waived.
    /// </summary>
    public string? Reduction
    {
        get
        {
            if (Result.Reduction <= 0)
            {
                return null;
            }

            var periods = Exemptions.Where(exemption => exemption.DaysIn(Result.Cycle) > 0).Select(Describe).ToList();
            var reasons = periods.Count == 0 ? string.Empty : $" for {string.Join(" and ", periods)}";
            var share = (Result.Reduction * 100).ToString("0.#", CultureInfo.InvariantCulture);
            return $"The minimums are {share}% lower this cycle{reasons}.";
        }
    }

    /// <summary>Formats an amount of the scheme's unit.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The number, without trailing zeros.</returns>
    public static string Amount(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Gets what a category needs this cycle (its minimum, reduced for exemptions, and its maximum), or the
    /// total's minimum; a dash when nothing is required.
    /// </summary>
    /// <param name="categoryId">The category, or <see langword="null"/> for the total.</param>
    /// <returns>The words.</returns>
    public string Needed(string? categoryId)
    {
        var kind = categoryId is null ? RuleKind.MinimumTotal : RuleKind.CategoryMinimum;
        var rule = Result.Rules.FirstOrDefault(outcome => outcome.Kind == kind && outcome.CategoryId == categoryId);
        var maximum = Scheme.Categories.FirstOrDefault(category => category.Id == categoryId)?.Maximum;
        string?[] parts =
        [
            rule is null ? null : $"at least {Amount(rule.Required)}",
            maximum is { } most ? $"at most {Amount(most)} counted" : null,
        ];
        var said = parts.OfType<string>().ToList();
        return said.Count == 0 ? "–" : string.Join(", ", said);
    }

    private static string Describe(SchemeExemption exemption)
    {
        var kind = exemption.Kind == ExemptionKind.CareerBreak ? "a career break" : "part-time work";
        return $"{kind} from {RecordText.Date(exemption.Start)} to {RecordText.Date(exemption.End)}";
    }

    private string Counted(RuleOutcome? minimum) => minimum switch
    {
        null => $"{Amount(Result.Total)} {Unit} counted",
        { IsMet: true } => $"{Amount(Result.Total)} {Unit} counted; the {Amount(minimum.Required)} required are met",
        _ => $"{Amount(Result.Total)} of {Amount(minimum.Required)} {Unit} counted",
    };
}
