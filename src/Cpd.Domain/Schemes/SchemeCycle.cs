using NodaTime;

namespace Cpd.Domain.Schemes;

/// <summary>
/// How a scheme divides time into cycles: a length in months and what the cycles start from, either a fixed
/// day of the year (1 January, 1 April, 1 November…) or the member's registration date.
/// </summary>
/// <remarks>
/// <para>
/// Cycle <c>k</c> starts <c>k</c> times the length after the first cycle's start, always counted from that
/// first start, so the day of the month never drifts. When the anchor day does not exist in a month, the
/// cycle starts on the month's last day: a cycle anchored on 29 February starts on 28 February in common
/// years and on 29 February in leap years; one anchored on 31 January with a one-month length starts on
/// 28 or 29 February. Each cycle ends the day before the next one starts.
/// </para>
/// <para>
/// For a fixed anchor, the first cycle is the one holding the registration date. Without a registration date,
/// cycles of a fixed anchor are still known when the length divides a year (12, 6, 4, 3, 2 or 1 months);
/// longer or other lengths need the registration date to place them.
/// </para>
/// </remarks>
/// <param name="LengthMonths">The cycle's length in months, from 1 to 120.</param>
/// <param name="Anchor">A fixed day of the year, or the registration date.</param>
/// <param name="AnchorMonth">For a fixed anchor, the month of the first day (1 to 12); otherwise ignored.</param>
/// <param name="AnchorDay">For a fixed anchor, the day of the month (1 to 31, existing in that month).</param>
public sealed record SchemeCycle(int LengthMonths, CycleAnchorKind Anchor, int AnchorMonth = 1, int AnchorDay = 1)
{
    /// <summary>The longest cycle accepted, in months.</summary>
    public const int MaxLengthMonths = 120;

    private const int MonthsPerYear = 12;
    private const int ReferenceYear = 2000;

    /// <summary>Gets the annual cycle from 1 January.</summary>
    public static SchemeCycle CalendarYear { get; } = new(MonthsPerYear, CycleAnchorKind.FixedDate);

    /// <summary>Tells whether placing the cycles needs the member's registration date.</summary>
    public bool NeedsRegistration =>
        Anchor == CycleAnchorKind.Registration || MonthsPerYear % LengthMonths != 0;

    /// <summary>Finds the cycle that holds a date.</summary>
    /// <param name="date">A date on the member's calendar.</param>
    /// <param name="registered">The member's registration date, if known.</param>
    /// <returns>The cycle.</returns>
    /// <exception cref="CpdValidationException">
    /// The registration date is needed and missing, a date is outside the years the library accepts, or the
    /// date is before the member's first cycle.
    /// </exception>
    public CpdCycle CycleOn(LocalDate date, LocalDate? registered)
    {
        ThrowIfOutsideTheYears(date, registered);
        var first = FirstStart(registered);
        var index = FloorDivide(MonthIndex(date) - first.Month, LengthMonths);
        while (StartOf(first, index) > date)
        {
            index--;
        }

        while (StartOf(first, index + 1) <= date)
        {
            index++;
        }

        if (registered is not null && index < 0)
        {
            throw new CpdValidationException(new ValidationError(
                "date",
                ValidationRule.OutOfRange,
                $"{date:uuuu-MM-dd} is before the member's first cycle, which starts on "
                + $"{StartOf(first, 0):uuuu-MM-dd}."));
        }

        return CycleAt(first, index);
    }

    /// <summary>Finds the cycle before a given one, if the member had one.</summary>
    /// <param name="cycle">A cycle found by <see cref="CycleOn"/> with the same registration date.</param>
    /// <param name="registered">The member's registration date, if known.</param>
    /// <returns>The previous cycle, or <see langword="null"/> when the given one is the member's first.</returns>
    public CpdCycle? Before(CpdCycle cycle, LocalDate? registered)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return registered is not null && cycle.Index == 0 ? null : CycleAt(FirstStart(registered), cycle.Index - 1);
    }

    private static void ThrowIfOutsideTheYears(LocalDate date, LocalDate? registered)
    {
        var outside = DateRules.Check("date", date)
            ?? DateRules.Check("registered", registered);
        if (outside is not null)
        {
            throw new CpdValidationException(outside);
        }
    }

    private CpdCycle CycleAt(MonthDay first, int index) =>
        new(index, StartOf(first, index), StartOf(first, index + 1).PlusDays(-1));

    private LocalDate StartOf(MonthDay first, int index) => DateIn(first.Month + (index * LengthMonths), first.Day);

    // The first cycle's start as an absolute month (year × 12 + month − 1) and the anchor day of the month.
    private MonthDay FirstStart(LocalDate? registered)
    {
        if (Anchor == CycleAnchorKind.Registration)
        {
            var date = registered ?? throw RegistrationRequired("This scheme counts its cycles from the member's registration date");
            return new MonthDay(MonthIndex(date), date.Day);
        }

        if (registered is not { } joined)
        {
            return NeedsRegistration
                ? throw RegistrationRequired(
                    $"Its cycles of {LengthMonths} months from a fixed day do not fit a calendar year, so the date the "
                    + "member registered decides when theirs start")
                : new MonthDay((ReferenceYear * MonthsPerYear) + AnchorMonth - 1, AnchorDay);
        }

        var month = (joined.Year * MonthsPerYear) + AnchorMonth - 1;
        while (DateIn(month, AnchorDay) > joined)
        {
            month -= LengthMonths;
        }

        while (DateIn(month + LengthMonths, AnchorDay) <= joined)
        {
            month += LengthMonths;
        }

        return new MonthDay(month, AnchorDay);
    }

    private static LocalDate DateIn(int monthIndex, int day)
    {
        var year = FloorDivide(monthIndex, MonthsPerYear);
        var month = monthIndex - (year * MonthsPerYear) + 1;
        return new LocalDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));
    }

    private static int MonthIndex(LocalDate date) => (date.Year * MonthsPerYear) + date.Month - 1;

    private static int FloorDivide(int value, int divisor) =>
        (value / divisor) - ((value % divisor) < 0 ? 1 : 0);

    private static CpdValidationException RegistrationRequired(string reason) =>
        new(new ValidationError("registered", ValidationRule.Required, $"{reason}; give the date they registered."));

    private readonly record struct MonthDay(int Month, int Day);
}
