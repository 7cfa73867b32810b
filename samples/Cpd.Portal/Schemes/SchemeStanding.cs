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

    /// <summary>Gets the one-line headline the dashboard shows.</summary>
    public string Headline
    {
        get
        {
            var counted = $"{Amount(Result.Total)}{Of(Scheme.Definition.Rules.MinimumTotal)} {Unit} counted";
            var left = Result.Shortfalls.Count();
            var standing = left == 0
                ? "every requirement met"
                : $"{left} {(left == 1 ? "requirement" : "requirements")} left by {RecordText.Date(Result.Cycle.End)}";
            return $"{Scheme.Name}: {counted}; {standing}.";
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

    private static string Of(decimal? minimum) => minimum is { } value ? $" of {Amount(value)}" : string.Empty;
}
