using Cpd.Domain.Schemes;

namespace Cpd.Domain.Tests.Schemes;

public sealed partial class CpdSchemeTests
{
    [Fact]
    public void CategoryFor_RecordCategoryInAnotherCase_FindsTheSchemeCategory()
    {
        var scheme = CpdScheme.Create(TestSchemes.AprilHours);

        Assert.Equal("formal", scheme.CategoryFor("  formal/EDUCATIONAL ")?.Id);
        Assert.Equal("other", scheme.CategoryFor("Professional")?.Id);
        Assert.Equal("other", scheme.CategoryFor(null)?.Id);
    }

    [Fact]
    public void CategoryFor_NoOtherCategory_UnknownCategoriesDoNotCount()
    {
        var scheme = CpdScheme.Create(TestSchemes.Units);

        Assert.Null(scheme.CategoryFor("Professional"));
    }

    [Fact]
    public void Create_InconsistentDefinition_ListsEveryFieldAndRule()
    {
        var definition = TestSchemes.AprilHours with
        {
            Id = "April Hours",
            Cycle = new SchemeCycle(12, CycleAnchorKind.FixedDate, 2, 30),
            Categories =
            [
                new SchemeCategory("formal", "Formal", "formal learning", ["Formal/educational"], Minimum: 12m, Maximum: 10m),
                new SchemeCategory("formal", "Again", "again", [" formal/educational"]),
            ],
            OtherCategoryId = "elsewhere",
            Rules = new SchemeRules(MinimumPlannedShare: 1m, MinimumDistinctCategories: 3),
            CarryForward = new CarryForwardRule("missing", 0m, OnlyIfMinimumTotalMet: false),
        };

        var error = Assert.Throws<CpdSchemeException>(() => CpdScheme.Create(definition));

        Assert.Equal(
            [
                ("id", ValidationRule.Format),
                ("cycle.day", ValidationRule.OutOfRange),
                ("categories[0].maximum", ValidationRule.OutOfRange),
                ("categories[1].id", ValidationRule.Duplicate),
                ("categories[1].accepts[0]", ValidationRule.Duplicate),
                ("otherCategory", ValidationRule.OutOfRange),
                ("carryForward.category", ValidationRule.OutOfRange),
                ("carryForward.maximum", ValidationRule.OutOfRange),
                ("rules.minimumDistinctCategories", ValidationRule.OutOfRange),
                ("rules.minimumPlannedShare", ValidationRule.OutOfRange),
            ],
            error.Errors.Select(e => (e.Field, e.Rule)));
        Assert.Equal("April Hours", error.SchemeId);
    }

    [Fact]
    public void Create_NoCategories_IsRefused()
    {
        var error = Assert.Throws<CpdSchemeException>(
            () => CpdScheme.Create(TestSchemes.Units with { Categories = [], CarryForward = null }));

        Assert.Equal(("categories", ValidationRule.Required), (error.Errors[0].Field, error.Errors[0].Rule));
    }
}
