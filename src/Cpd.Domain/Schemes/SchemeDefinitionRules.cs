namespace Cpd.Domain.Schemes;

/// <summary>The rules a scheme definition obeys. Fields are named by their path in a scheme file.</summary>
internal static class SchemeDefinitionRules
{
    public const int MaxNameLength = 200;
    public const int MaxKeyLength = 64;

    public static IReadOnlyList<ValidationError> Check(SchemeDefinition definition)
    {
        var errors = new List<ValidationError>();
        CheckHeader(definition, errors);
        CheckCycle(definition.Cycle, errors);
        CheckCategories(definition.Categories, errors);
        if (definition.Categories is { Count: > 0 })
        {
            CheckReferences(definition, errors);
            CheckRules(definition.Rules, definition.Categories.Count, errors);
        }

        return errors;
    }

    private static void CheckHeader(SchemeDefinition definition, List<ValidationError> errors)
    {
        Key("id", definition.Id, errors);
        Text("name", definition.Name, errors);
        AtLeast("version", definition.Version, 1, errors);
        if (definition.Framework is null)
        {
            errors.Add(Required("framework"));
        }
        else
        {
            Text("framework.id", definition.Framework.Id, errors);
            AtLeast("framework.version", definition.Framework.Version, 1, errors);
        }

        Defined("unit", definition.Unit, errors);
        if (definition.Earning is null)
        {
            errors.Add(Required("earning"));
            return;
        }

        Defined("earning.basis", definition.Earning.Basis, errors);
        Positive("earning.rate", definition.Earning.Rate, errors);
    }

    private static void CheckCycle(SchemeCycle? cycle, List<ValidationError> errors)
    {
        if (cycle is null)
        {
            errors.Add(Required("cycle"));
            return;
        }

        if (cycle.LengthMonths is < 1 or > SchemeCycle.MaxLengthMonths)
        {
            errors.Add(OutOfRange("cycle.lengthMonths", $"must be from 1 to {SchemeCycle.MaxLengthMonths} months."));
        }

        Defined("cycle.anchor", cycle.Anchor, errors);
        if (cycle.Anchor != CycleAnchorKind.FixedDate)
        {
            return;
        }

        if (cycle.AnchorMonth is < 1 or > 12)
        {
            errors.Add(OutOfRange("cycle.month", "must be a month from 1 to 12."));
        }
        else if (cycle.AnchorDay < 1 || cycle.AnchorDay > DaysInMonth(cycle.AnchorMonth))
        {
            var days = DaysInMonth(cycle.AnchorMonth);
            errors.Add(OutOfRange("cycle.day", $"must be a day from 1 to {days} of that month."));
        }
    }

    private static void CheckCategories(IReadOnlyList<SchemeCategory>? categories, List<ValidationError> errors)
    {
        if (categories is not { Count: > 0 })
        {
            errors.Add(Required("categories", "A scheme needs at least one category."));
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < categories.Count; i++)
        {
            var field = $"categories[{i}]";
            if (categories[i] is not { } category)
            {
                errors.Add(Required(field));
                continue;
            }

            CheckCategory(field, category, errors);
            if (category.Id is not null && !ids.Add(category.Id))
            {
                errors.Add(Duplicate($"{field}.id", $"'{category.Id}' is the id of an earlier category."));
            }

            CheckAccepts(field, category.Accepts, accepted, errors);
        }
    }

    private static void CheckCategory(string field, SchemeCategory category, List<ValidationError> errors)
    {
        Key($"{field}.id", category.Id, errors);
        Text($"{field}.name", category.Name, errors);
        Text($"{field}.phrase", category.Phrase, errors);
        if (category.Minimum is { } minimum)
        {
            NotNegative($"{field}.minimum", minimum, errors);
        }

        if (category.Maximum is { } maximum)
        {
            Positive($"{field}.maximum", maximum, errors);
            if (category.Minimum > maximum)
            {
                errors.Add(OutOfRange($"{field}.maximum", "must not be less than the category's minimum."));
            }
        }
    }

    private static void CheckAccepts(
        string field, IReadOnlyList<string>? accepts, HashSet<string> accepted, List<ValidationError> errors)
    {
        if (accepts is null)
        {
            errors.Add(Required($"{field}.accepts", "List the record categories it accepts (the list may be empty)."));
            return;
        }

        for (var j = 0; j < accepts.Count; j++)
        {
            var name = accepts[j];
            if (TextRules.IsBlank(name))
            {
                errors.Add(Required($"{field}.accepts[{j}]"));
            }
            else if (!accepted.Add(name.Trim()))
            {
                errors.Add(Duplicate(
                    $"{field}.accepts[{j}]",
                    $"the record category '{name.Trim()}' is already accepted by a category; a record counts in one."));
            }
        }
    }

    private static void CheckReferences(SchemeDefinition definition, List<ValidationError> errors)
    {
        var ids = definition.Categories.Where(c => c is not null).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        if (definition.OtherCategoryId is { } other && !ids.Contains(other))
        {
            errors.Add(OutOfRange("otherCategory", $"'{other}' is not the id of one of the scheme's categories."));
        }

        if (definition.CarryForward is { } carry)
        {
            if (carry.CategoryId is null || !ids.Contains(carry.CategoryId))
            {
                errors.Add(OutOfRange("carryForward.category", "must be the id of one of the scheme's categories."));
            }

            Positive("carryForward.maximum", carry.Maximum, errors);
        }

        if (definition.Exemptions is { MinimumDays: < 0 })
        {
            errors.Add(OutOfRange("exemptions.minimumDays", "must not be negative."));
        }
    }

    private static void CheckRules(SchemeRules? rules, int categoryCount, List<ValidationError> errors)
    {
        if (rules is null)
        {
            errors.Add(Required("rules"));
            return;
        }

        if (rules.MinimumTotal is { } total)
        {
            NotNegative("rules.minimumTotal", total, errors);
        }

        if (rules.MinimumDistinctCategories is { } distinct && (distinct < 1 || distinct > categoryCount))
        {
            errors.Add(OutOfRange(
                "rules.minimumDistinctCategories", $"must be from 1 to the number of categories ({categoryCount})."));
        }

        if (rules.MinimumPlannedShare is { } share && (share <= 0 || share > CpdScheme.MaxPlannedShare))
        {
            errors.Add(OutOfRange(
                "rules.minimumPlannedShare",
                $"must be a share above 0 and at most {CpdScheme.MaxPlannedShare}, such as 0.5."));
        }
    }

    private static void Key(string field, string? value, List<ValidationError> errors)
    {
        var valid = !string.IsNullOrEmpty(value)
            && value.Length <= MaxKeyLength
            && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(Required(field));
        }
        else if (!valid)
        {
            errors.Add(new ValidationError(
                field, ValidationRule.Format, $"must be 1 to {MaxKeyLength} lower-case letters, digits or hyphens."));
        }
    }

    private static void Text(string field, string? value, List<ValidationError> errors)
    {
        if (TextRules.IsBlank(value))
        {
            errors.Add(Required(field));
        }
        else if (TextRules.Length(value) > MaxNameLength)
        {
            errors.Add(new ValidationError(
                field, ValidationRule.MaxLength, $"must be at most {MaxNameLength} characters."));
        }
    }

    private static void AtLeast(string field, int value, int minimum, List<ValidationError> errors)
    {
        if (value < minimum)
        {
            errors.Add(OutOfRange(field, $"must be at least {minimum}."));
        }
    }

    private static void Positive(string field, decimal value, List<ValidationError> errors)
    {
        if (value <= 0)
        {
            errors.Add(OutOfRange(field, "must be greater than zero."));
        }
        else
        {
            AtMostMaxCredits(field, value, errors);
        }
    }

    private static void NotNegative(string field, decimal value, List<ValidationError> errors)
    {
        if (value < 0)
        {
            errors.Add(OutOfRange(field, "must not be negative."));
        }
        else
        {
            AtMostMaxCredits(field, value, errors);
        }
    }

    private static void AtMostMaxCredits(string field, decimal value, List<ValidationError> errors)
    {
        if (value > CpdScheme.MaxCredits)
        {
            errors.Add(OutOfRange(field, $"must be at most {CpdScheme.MaxCredits:0}."));
        }
    }

    private static void Defined<TEnum>(string field, TEnum value, List<ValidationError> errors)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(OutOfRange(field, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}."));
        }
    }

    private static int DaysInMonth(int month) => DateTime.DaysInMonth(2000, month);

    private static ValidationError Required(string field, string? message = null) =>
        new(field, ValidationRule.Required, message ?? "is required.");

    private static ValidationError OutOfRange(string field, string message) =>
        new(field, ValidationRule.OutOfRange, message);

    private static ValidationError Duplicate(string field, string message) =>
        new(field, ValidationRule.Duplicate, message);
}
