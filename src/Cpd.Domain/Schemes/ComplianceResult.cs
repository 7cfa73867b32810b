using Cpd.Domain.Records;

namespace Cpd.Domain.Schemes;

/// <summary>
/// One scheme's verdict on a member's records for one cycle: what counts in each category, and each rule met
/// or not with what is left to do.
/// </summary>
public sealed record ComplianceResult
{
    /// <summary>Gets the scheme's id.</summary>
    public required string SchemeId { get; init; }

    /// <summary>Gets the scheme's name.</summary>
    public required string SchemeName { get; init; }

    /// <summary>Gets the scheme's version.</summary>
    public required int SchemeVersion { get; init; }

    /// <summary>Gets the unit of every amount in the result.</summary>
    public required CreditUnit Unit { get; init; }

    /// <summary>Gets the cycle evaluated.</summary>
    public required CpdCycle Cycle { get; init; }

    /// <summary>
    /// Gets what each category holds, in the scheme's order; their counted amounts add up to <see cref="Total"/>.
    /// </summary>
    public required IReadOnlyList<CategoryTally> Categories { get; init; }

    /// <summary>Gets what counts this cycle over all categories, carry-forward included.</summary>
    public required decimal Total { get; init; }

    /// <summary>Gets the credits carried in from the previous cycle.</summary>
    public required decimal CarriedForward { get; init; }

    /// <summary>Gets the share of the minimums waived for exemption periods, from 0 (none) to 1 (all).</summary>
    public required decimal Reduction { get; init; }

    /// <summary>Gets each rule's outcome, in the order the scheme states them.</summary>
    public required IReadOnlyList<RuleOutcome> Rules { get; init; }

    /// <summary>Gets the records that count this cycle.</summary>
    public required IReadOnlyList<CpdRecordId> Counted { get; init; }

    /// <summary>Gets the undated records, and the records of the cycle that do not count, with the reason.</summary>
    public required IReadOnlyList<ExcludedRecord> Excluded { get; init; }

    /// <summary>Gets whether every rule is met.</summary>
    public bool IsCompliant => Rules.All(rule => rule.IsMet);

    /// <summary>Gets the rules not yet met.</summary>
    public IEnumerable<RuleOutcome> Shortfalls => Rules.Where(rule => !rule.IsMet);
}
