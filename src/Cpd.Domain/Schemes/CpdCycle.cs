using NodaTime;

namespace Cpd.Domain.Schemes;

/// <summary>One cycle of a scheme for a member: from its first day to its last, both inclusive.</summary>
/// <param name="Index">
/// The cycle's place in the member's sequence: 0 for the cycle holding the registration date, 1 for the next.
/// </param>
/// <param name="Start">The first day, on the member's calendar.</param>
/// <param name="End">The last day, on the member's calendar.</param>
public sealed record CpdCycle(int Index, LocalDate Start, LocalDate End)
{
    /// <summary>Gets the number of days in the cycle.</summary>
    public int Days => Period.DaysBetween(Start, End) + 1;

    /// <summary>Tells whether a date falls in the cycle.</summary>
    /// <param name="date">A date on the member's calendar.</param>
    /// <returns><see langword="true"/> when the date is on or after the start and on or before the end.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <inheritdoc />
    public override string ToString() => $"{Start:uuuu-MM-dd} to {End:uuuu-MM-dd}";
}
