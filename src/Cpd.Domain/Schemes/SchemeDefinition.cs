namespace Cpd.Domain.Schemes;

/// <summary>
/// What a body states about its CPD scheme: the reflection framework, activity categories, credit unit, cycle
/// and rules. Build a <see cref="CpdScheme"/> from it with <see cref="CpdScheme.Create"/>, which checks it.
/// </summary>
public sealed record SchemeDefinition
{
    /// <summary>Gets the stable id: 1 to 64 lower-case letters, digits or hyphens, e.g. <c>cpd-default</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the version of the scheme's rules, from 1; a body raises it when its rules change.</summary>
    public required int Version { get; init; }

    /// <summary>Gets the public rules the scheme is modelled on, if any.</summary>
    public SchemeSource? Source { get; init; }

    /// <summary>Gets the reflection framework members answer.</summary>
    public required SchemeFrameworkReference Framework { get; init; }

    /// <summary>Gets the unit of minimums and totals.</summary>
    public required CreditUnit Unit { get; init; }

    /// <summary>Gets how a counted record earns credits.</summary>
    public required CreditEarning Earning { get; init; }

    /// <summary>Gets the cycle.</summary>
    public required SchemeCycle Cycle { get; init; }

    /// <summary>Gets whether only completed records (every question answered) count.</summary>
    /// <value>Defaults to <see langword="true"/>: the reflection is part of the activity.</value>
    public bool CompletedOnly { get; init; } = true;

    /// <summary>Gets the activity categories, at least one.</summary>
    public required IReadOnlyList<SchemeCategory> Categories { get; init; }

    /// <summary>
    /// Gets the id of the category that receives records whose category no other accepts (or which have none);
    /// when <see langword="null"/>, such records do not count.
    /// </summary>
    public string? OtherCategoryId { get; init; }

    /// <summary>Gets the scheme-wide rules.</summary>
    public SchemeRules Rules { get; init; } = new();

    /// <summary>Gets the carry-forward rule, if the scheme allows any.</summary>
    public CarryForwardRule? CarryForward { get; init; }

    /// <summary>Gets how exemptions reduce the minimums, or <see langword="null"/> when they do not.</summary>
    public ExemptionPolicy? Exemptions { get; init; }
}
