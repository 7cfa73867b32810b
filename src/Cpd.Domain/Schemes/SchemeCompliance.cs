using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Schemes;

/// <summary>
/// Evaluates a member's records against CPD schemes: for each scheme and cycle, what counts in each category
/// and whether each rule is met, with what is left to do in words a member understands.
/// </summary>
/// <remarks>
/// <para>
/// A record counts in a cycle when its activity date (a date on the member's calendar) lies in the cycle,
/// the scheme accepts its category, and, if the scheme counts completed records only, every question is
/// answered. The current cycle is the one holding the member's today (see <see cref="MemberTimeZone.Today"/>),
/// so cycle boundaries follow the member's local date, not UTC.
/// </para>
/// <para>The evaluation reads its inputs only; it is safe to call from many threads at once.</para>
/// </remarks>
public static class SchemeCompliance
{
    /// <summary>Evaluates the cycle that holds the member's today.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="records">The member's records.</param>
    /// <param name="membership">The member's registration date and exemptions with the body.</param>
    /// <param name="memberToday">Today on the member's own calendar.</param>
    /// <returns>The verdict for the cycle.</returns>
    /// <exception cref="CpdValidationException">
    /// The membership is invalid, the scheme needs a registration date that is missing, or the date is before
    /// the member's first cycle.
    /// </exception>
    public static ComplianceResult Evaluate(
        CpdScheme scheme, IEnumerable<CpdRecord> records, SchemeMembership membership, LocalDate memberToday)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(membership);
        ThrowIfInvalid(membership);
        return EvaluateCycle(scheme, records, membership, scheme.Cycle.CycleOn(memberToday, membership.Registered));
    }

    /// <summary>Evaluates the cycle that holds today where the member is.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="records">The member's records.</param>
    /// <param name="membership">The member's registration date and exemptions with the body.</param>
    /// <param name="clock">The clock to read today from.</param>
    /// <param name="zone">The member's time zone.</param>
    /// <returns>The verdict for the cycle.</returns>
    /// <exception cref="CpdValidationException">As for the overload that takes the member's date.</exception>
    public static ComplianceResult Evaluate(
        CpdScheme scheme,
        IEnumerable<CpdRecord> records,
        SchemeMembership membership,
        IClock clock,
        DateTimeZone zone) =>
        Evaluate(scheme, records, membership, MemberTimeZone.Today(clock, zone));

    /// <summary>Evaluates one set of records against several schemes at once, each for its own current cycle.</summary>
    /// <param name="enrolments">The schemes the member follows, each with their membership of that body.</param>
    /// <param name="records">The member's records: one record set serves every scheme.</param>
    /// <param name="memberToday">Today on the member's own calendar.</param>
    /// <returns>One verdict per enrolment, in the same order.</returns>
    /// <exception cref="CpdValidationException">
    /// As for <see cref="Evaluate(CpdScheme, IEnumerable{CpdRecord}, SchemeMembership, LocalDate)"/>.
    /// </exception>
    public static IReadOnlyList<ComplianceResult> EvaluateAll(
        IEnumerable<SchemeEnrolment> enrolments, IEnumerable<CpdRecord> records, LocalDate memberToday)
    {
        ArgumentNullException.ThrowIfNull(enrolments);
        ArgumentNullException.ThrowIfNull(records);
        var all = records.ToList();
        return [.. enrolments.Select(enrolment => Evaluate(enrolment.Scheme, all, enrolment.Membership, memberToday))];
    }

    /// <summary>Evaluates a given cycle, such as a past one for an audit.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="records">The member's records.</param>
    /// <param name="membership">The member's registration date and exemptions with the body.</param>
    /// <param name="cycle">The cycle, as <see cref="SchemeCycle.CycleOn"/> gives it for this membership.</param>
    /// <returns>The verdict for the cycle.</returns>
    /// <exception cref="CpdValidationException">The membership is invalid.</exception>
    public static ComplianceResult EvaluateCycle(
        CpdScheme scheme, IEnumerable<CpdRecord> records, SchemeMembership membership, CpdCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(cycle);
        ThrowIfInvalid(membership);

        var all = records as IReadOnlyList<CpdRecord> ?? [.. records];
        var sorted = CycleRecords.Sort(scheme, all, cycle);
        var carried = CarryForward.Into(scheme, membership, all, cycle);
        var tallies = Tally(scheme, sorted, carried);
        var reduction = ProRata.Reduction(scheme, membership, cycle);
        return new ComplianceResult
        {
            SchemeId = scheme.Id,
            SchemeName = scheme.Name,
            SchemeVersion = scheme.Version,
            Unit = scheme.Unit,
            Cycle = cycle,
            Categories = tallies,
            Total = tallies.Sum(tally => tally.Counted),
            CarriedForward = carried,
            Reduction = reduction,
            Rules = new RuleChecks(scheme, cycle, reduction).Check(tallies, sorted),
            Counted = [.. sorted.Counted.Select(counted => counted.Record.Id)],
            Excluded = sorted.Excluded,
        };
    }

    private static List<CategoryTally> Tally(CpdScheme scheme, CycleRecords sorted, decimal carried) =>
    [
        .. scheme.Categories.Select(category =>
        {
            var earned = sorted.EarnedIn(category);
            var brought = category.Id == scheme.Definition.CarryForward?.CategoryId ? carried : 0m;
            var counted = Math.Min(earned + brought, category.Maximum ?? decimal.MaxValue);
            var count = sorted.Counted.Count(record => record.Category == category);
            return new CategoryTally(category.Id, category.Name, count, earned, brought, counted);
        }),
    ];

    private static void ThrowIfInvalid(SchemeMembership membership)
    {
        var errors = membership.Validate();
        if (errors.Count > 0)
        {
            throw new CpdValidationException(errors);
        }
    }
}
