using Cpd.Domain.Schemes;
using NodaTime;

namespace Cpd.Domain.Tests.Schemes;

public sealed partial class CpdSchemeTests
{
    [Fact]
    public void Create_AmountsBeyondTheLargestCredit_RefusesEachFieldAsOutOfRange()
    {
        var huge = 10_000_000_000_000_000_000_000_000m;
        var definition = TestSchemes.AprilHours with
        {
            Earning = new CreditEarning(EarningBasis.PerHour, huge),
            Categories =
            [
                new SchemeCategory("formal", "Formal", "formal learning", ["Formal/educational"], Minimum: huge),
                new SchemeCategory("other", "Other", "other learning", ["Informal"], Maximum: huge),
            ],
            Rules = new SchemeRules(MinimumTotal: huge),
            CarryForward = new CarryForwardRule("formal", huge, OnlyIfMinimumTotalMet: false),
        };

        var error = Assert.Throws<CpdSchemeException>(() => CpdScheme.Create(definition));

        Assert.Equal(
            [
                "earning.rate", "categories[0].minimum", "categories[1].maximum", "carryForward.maximum",
                "rules.minimumTotal",
            ],
            error.Errors.Select(e => e.Field));
        Assert.All(error.Errors, e => Assert.Equal(ValidationRule.OutOfRange, e.Rule));
    }

    [Fact]
    public void Create_LargestAcceptedAmounts_EvaluatesWithoutOverflow()
    {
        var most = CpdScheme.MaxCredits;
        var definition = TestSchemes.AprilHours with
        {
            Earning = new CreditEarning(EarningBasis.PerHour, most),
            Categories =
            [
                new SchemeCategory("formal", "Formal", "formal learning", ["Formal/educational"], Minimum: most),
                new SchemeCategory("other", "Other", "other learning", ["Informal"], Maximum: most),
            ],
            Rules = new SchemeRules(MinimumTotal: most, MinimumPlannedShare: 0.5m),
        };
        var scheme = CpdScheme.Create(definition);
        var records = Enumerable.Range(0, 50)
            .Select(_ => TestSchemes.Record("Formal/educational", 2_000m, new LocalDate(2026, 5, 1)))
            .ToList();

        var today = new LocalDate(2026, 6, 1);

        var result = SchemeCompliance.Evaluate(scheme, records, SchemeMembership.Unregistered, today);

        Assert.Equal(50 * 2_000m * most, result.Total);
    }

    [Fact]
    public void Create_PlannedShareAFractionBelowOne_RefusedRatherThanOverflowingTheShortfall()
    {
        var definition = TestSchemes.AprilHours with
        {
            Rules = new SchemeRules(MinimumPlannedShare: 0.9999999999999999999999999999m),
        };

        var error = Assert.Throws<CpdSchemeException>(() => CpdScheme.Create(definition));

        var refused = Assert.Single(error.Errors);
        Assert.Equal(("rules.minimumPlannedShare", ValidationRule.OutOfRange), (refused.Field, refused.Rule));
    }
}
