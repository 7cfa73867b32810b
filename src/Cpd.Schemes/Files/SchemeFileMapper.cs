using Cpd.Domain;
using Cpd.Domain.Schemes;

namespace Cpd.Schemes.Files;

/// <summary>
/// Turns a scheme file as read into a <see cref="SchemeDefinition"/>, collecting every missing field and
/// unknown word (unit, earning basis, cycle anchor) with its JSON path.
/// </summary>
internal sealed class SchemeFileMapper
{
    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    public SchemeDefinition Map(SchemeFile file)
    {
        if (file.Format != SchemeReader.Format)
        {
            _errors.Add(file.Format is null
                ? Required("$.format")
                : new ValidationError(
                    "$.format",
                    ValidationRule.OutOfRange,
                    $"'{file.Format}' is not a format this library reads; it reads '{SchemeReader.Format}'."));
        }

        return new SchemeDefinition
        {
            Id = Need(file.Id, "$.id") ?? string.Empty,
            Name = Need(file.Name, "$.name") ?? string.Empty,
            Version = Need(file.Version, "$.version") ?? 0,
            Source = file.Source is null ? null : Source(file.Source),
            Framework = Framework(Need(file.Framework, "$.framework") ?? new FrameworkFile()),
            Unit = Word("$.unit", file.Unit, Units, CreditUnit.Hours),
            Earning = Earning(Need(file.Earning, "$.earning") ?? new EarningFile()),
            Cycle = Cycle(Need(file.Cycle, "$.cycle") ?? new CycleFile()),
            CompletedOnly = file.CompletedOnly ?? true,
            Categories = [.. (Need(file.Categories, "$.categories") ?? []).Select(Category)],
            OtherCategoryId = file.OtherCategory,
            Rules = Rules(file.Rules ?? new RulesFile()),
            CarryForward = file.CarryForward is null ? null : CarryForward(file.CarryForward),
            Exemptions = file.Exemptions is null ? null : new ExemptionPolicy(file.Exemptions.MinimumDays ?? 0),
        };
    }

    private static readonly Dictionary<string, CreditUnit> Units = new(StringComparer.Ordinal)
    {
        ["hours"] = CreditUnit.Hours,
        ["points"] = CreditUnit.Points,
        ["credits"] = CreditUnit.Credits,
        ["units"] = CreditUnit.Units,
        ["records"] = CreditUnit.Records,
    };

    private static readonly Dictionary<string, EarningBasis> Bases = new(StringComparer.Ordinal)
    {
        ["hour"] = EarningBasis.PerHour,
        ["record"] = EarningBasis.PerRecord,
    };

    private static readonly Dictionary<string, CycleAnchorKind> Anchors = new(StringComparer.Ordinal)
    {
        ["fixed"] = CycleAnchorKind.FixedDate,
        ["registration"] = CycleAnchorKind.Registration,
    };

    private SchemeSource? Source(SourceFile source)
    {
        var url = Need(source.Url, "$.source.url");
        var title = Need(source.Title, "$.source.title");
        var simplifications = Need(source.Simplifications, "$.source.simplifications");
        if (url is null || title is null || simplifications is null)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("https" or "http"))
        {
            _errors.Add(new ValidationError(
                "$.source.url", ValidationRule.Format, "must be an absolute http(s) address."));
            return null;
        }

        return new SchemeSource(address, title, simplifications);
    }

    private SchemeFrameworkReference Framework(FrameworkFile framework) =>
        new(Need(framework.Id, "$.framework.id") ?? string.Empty, Need(framework.Version, "$.framework.version") ?? 0);

    private CreditEarning Earning(EarningFile earning) =>
        new(
            Word("$.earning.per", earning.Per, Bases, EarningBasis.PerHour),
            Need(earning.Rate, "$.earning.rate") ?? 1m);

    private SchemeCycle Cycle(CycleFile cycle)
    {
        var anchor = Word("$.cycle.anchor", cycle.Anchor, Anchors, CycleAnchorKind.Registration);
        var length = Need(cycle.LengthMonths, "$.cycle.lengthMonths") ?? 12;
        if (anchor != CycleAnchorKind.FixedDate)
        {
            return new SchemeCycle(length, anchor);
        }

        var month = Need(cycle.Month, "$.cycle.month") ?? 1;
        return new SchemeCycle(length, anchor, month, Need(cycle.Day, "$.cycle.day") ?? 1);
    }

    private SchemeCategory Category(CategoryFile? category, int index)
    {
        var path = $"$.categories[{index}]";
        var given = Need(category, path) ?? new CategoryFile();
        var name = Need(given.Name, $"{path}.name") ?? string.Empty;
        return new SchemeCategory(
            Need(given.Id, $"{path}.id") ?? string.Empty,
            name,
            given.Phrase ?? name,
            Need(given.Accepts, $"{path}.accepts") ?? [],
            given.Minimum,
            given.Maximum);
    }

    private static SchemeRules Rules(RulesFile rules) =>
        new(rules.MinimumTotal, rules.MinimumDistinctCategories, rules.MinimumPlannedShare);

    private CarryForwardRule CarryForward(CarryForwardFile carry) =>
        new(
            Need(carry.Category, "$.carryForward.category") ?? string.Empty,
            Need(carry.Maximum, "$.carryForward.maximum") ?? 0m,
            carry.OnlyIfMinimumTotalMet ?? false);

    private TValue Word<TValue>(string path, string? word, Dictionary<string, TValue> words, TValue fallback)
    {
        if (word is not null && words.TryGetValue(word, out var value))
        {
            return value;
        }

        _errors.Add(word is null
            ? Required(path)
            : new ValidationError(
                path, ValidationRule.OutOfRange, $"'{word}' is not one of {string.Join(", ", words.Keys)}."));
        return fallback;
    }

    private T? Need<T>(T? value, string path)
        where T : class
    {
        if (value is null)
        {
            _errors.Add(Required(path));
        }

        return value;
    }

    private T? Need<T>(T? value, string path)
        where T : struct
    {
        if (value is null)
        {
            _errors.Add(Required(path));
        }

        return value;
    }

    private static ValidationError Required(string path) => new(path, ValidationRule.Required, "is required.");
}
