using NodaTime;

namespace Cpd.Domain.Schemes;

/// <summary>A period in which a member's minimums are reduced, pro rata, in schemes that allow it.</summary>
/// <param name="Kind">A career break or part-time work.</param>
/// <param name="Start">The first day of the period.</param>
/// <param name="End">The last day of the period, on or after <paramref name="Start"/>.</param>
/// <param name="WorkingFraction">
/// For part-time work, the fraction of full time worked, above 0 and below 1 (0.6 for three days a week);
/// for a career break, 0.
/// </param>
public sealed record SchemeExemption(ExemptionKind Kind, LocalDate Start, LocalDate End, decimal WorkingFraction = 0m)
{
    /// <summary>Gets the number of days in the period.</summary>
    public int Days => Period.DaysBetween(Start, End) + 1;

    /// <summary>Gets the share of a minimum each day of the period waives: 1 minus the fraction worked.</summary>
    public decimal WaivedShare => Kind == ExemptionKind.CareerBreak ? 1m : 1m - WorkingFraction;

    /// <summary>Counts the period's days that fall in a cycle.</summary>
    /// <param name="cycle">The cycle.</param>
    /// <returns>The number of shared days; 0 when they do not meet.</returns>
    public int DaysIn(CpdCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var first = Start > cycle.Start ? Start : cycle.Start;
        var last = End < cycle.End ? End : cycle.End;
        return first > last ? 0 : Period.DaysBetween(first, last) + 1;
    }
}
