using System.Collections.Frozen;

namespace Cpd.Domain.Schemes;

/// <summary>
/// A checked CPD scheme, ready to evaluate records against: the <see cref="SchemeDefinition"/> a body wrote,
/// with every rule known to be consistent.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CpdScheme
{
    /// <summary>
    /// The largest amount a scheme may state as a rate, minimum or maximum: far above any body's rules, and low
    /// enough that totals of a member's records never overflow.
    /// </summary>
    public const decimal MaxCredits = 1_000_000m;

    /// <summary>The largest share of planned activity a scheme may require.</summary>
    public const decimal MaxPlannedShare = 0.99m;

    private readonly FrozenDictionary<string, SchemeCategory> _byRecordCategory;
    private readonly SchemeCategory? _other;

    private CpdScheme(SchemeDefinition definition)
    {
        Definition = definition;
        _byRecordCategory = definition.Categories
            .SelectMany(category => category.Accepts.Select(accepted => (Key: accepted.Trim(), category)))
            .ToFrozenDictionary(pair => pair.Key, pair => pair.category, StringComparer.OrdinalIgnoreCase);
        _other = definition.Categories.FirstOrDefault(category => category.Id == definition.OtherCategoryId);
    }

    /// <summary>Gets the definition the scheme was built from.</summary>
    public SchemeDefinition Definition { get; }

    /// <summary>Gets the scheme's id.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the scheme's display name.</summary>
    public string Name => Definition.Name;

    /// <summary>Gets the scheme's version.</summary>
    public int Version => Definition.Version;

    /// <summary>Gets the unit of minimums and totals.</summary>
    public CreditUnit Unit => Definition.Unit;

    /// <summary>Gets the cycle.</summary>
    public SchemeCycle Cycle => Definition.Cycle;

    /// <summary>Gets the activity categories.</summary>
    public IReadOnlyList<SchemeCategory> Categories => Definition.Categories;

    /// <summary>Checks a definition and builds the scheme.</summary>
    /// <param name="definition">What the body states.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="CpdSchemeException">The definition breaks a rule; every problem is listed.</exception>
    public static CpdScheme Create(SchemeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = SchemeDefinitionRules.Check(definition);
        return errors.Count > 0 ? throw new CpdSchemeException(definition.Id, errors) : new CpdScheme(definition);
    }

    /// <summary>Finds the scheme category a record category counts in.</summary>
    /// <param name="recordCategory">The record's category, or <see langword="null"/> when it has none.</param>
    /// <returns>The scheme category, or <see langword="null"/> when the record does not count here.</returns>
    public SchemeCategory? CategoryFor(string? recordCategory) =>
        recordCategory is not null && _byRecordCategory.TryGetValue(recordCategory.Trim(), out var category)
            ? category
            : _other;

    /// <inheritdoc />
    public override string ToString() => $"{Id} v{Version}";
}
