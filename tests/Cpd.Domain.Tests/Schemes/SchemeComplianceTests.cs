using Cpd.Domain.Schemes;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Schemes;

public sealed partial class SchemeComplianceTests
{
    private static readonly CpdScheme AprilHours = TestSchemes.Create(TestSchemes.AprilHours);
    private static readonly CpdScheme Units = TestSchemes.Create(TestSchemes.Units);
    private static readonly CpdScheme ThreeYear = TestSchemes.Create(TestSchemes.ThreeYear);

    [Fact]
    public void Evaluate_ShortOfFormalLearning_SaysHowManyHoursAreLeftAndByWhen()
    {
        var records = new[]
        {
            TestSchemes.Record("Formal/educational", 5.5m, new LocalDate(2026, 5, 1), planned: true),
            TestSchemes.Record("Work-based", 12m, new LocalDate(2026, 6, 1), planned: true),
            TestSchemes.Record("Informal", 10m, new LocalDate(2026, 7, 1)),
            TestSchemes.Record("Self-directed", 3m, new LocalDate(2026, 8, 1), completed: false),
            TestSchemes.Record("Formal/educational", 20m, new LocalDate(2026, 3, 31)),
        };

        var result = SchemeCompliance.Evaluate(AprilHours, records, SchemeMembership.Unregistered, new LocalDate(2027, 3, 20));

        Assert.Equal((new LocalDate(2026, 4, 1), new LocalDate(2027, 3, 31)), (result.Cycle.Start, result.Cycle.End));
        Assert.Equal([5.5m, 12m, 8m], result.Categories.Select(tally => tally.Counted));
        Assert.Equal(10m, result.Categories[2].Earned);
        Assert.Equal(25.5m, result.Total);
        Assert.Equal(
            [
                "4.5 more hours by 31 March 2027 (25.5 of 30 so far).",
                "4.5 more hours of formal learning by 31 March 2027 (5.5 of 10 so far).",
                "Met: activity in 3 categories of the 2 required.",
                "Met: 64% of your hours were planned; at least 50% must be.",
            ],
            result.Rules.Select(rule => rule.Message));
        Assert.False(result.IsCompliant);
        Assert.Equal(ExclusionReason.NotCompleted, Assert.Single(result.Excluded).Reason);
    }

    [Fact]
    public void Evaluate_MostlyUnplannedActivity_SaysHowMuchMorePlannedActivityMeetsTheShare()
    {
        var records = new[]
        {
            TestSchemes.Record("Formal/educational", 10m, new LocalDate(2026, 5, 1), planned: true),
            TestSchemes.Record("Work-based", 30m, new LocalDate(2026, 6, 1)),
        };

        var result = SchemeCompliance.Evaluate(AprilHours, records, SchemeMembership.Unregistered, new LocalDate(2026, 12, 1));

        // 10 of 40 hours planned; x more planned hours meet half when 10 + x >= (40 + x) / 2, so x = 20.
        var planned = Assert.Single(result.Rules, rule => rule.Kind == RuleKind.PlannedShare);
        Assert.Equal(20m, planned.Shortfall);
        Assert.Equal(
            "20 more hours of planned activity by 31 March 2027 (25% of your hours were planned; at least 50% must be).",
            planned.Message);
    }

    [Fact]
    public void Evaluate_OneCategoryOnly_NamesTheCategoriesStillEmpty()
    {
        var records = new[] { TestSchemes.Record("Work-based", 31m, new LocalDate(2026, 6, 1), planned: true) };

        var result = SchemeCompliance.Evaluate(AprilHours, records, SchemeMembership.Unregistered, new LocalDate(2026, 12, 1));

        var distinct = Assert.Single(result.Rules, rule => rule.Kind == RuleKind.DistinctCategories);
        Assert.Equal(
            "Activity in 1 more category by 31 March 2027 (1 of 2 so far; none yet in Formal learning and Other learning).",
            distinct.Message);
    }

    [Fact]
    public void Evaluate_ExcessVerifiableUnitsLastYear_CarryForwardUpToTheLimit()
    {
        var records = new[]
        {
            TestSchemes.Record("Formal/educational", 30m, new LocalDate(2025, 3, 1)),
            TestSchemes.Record("Self-directed", 15m, new LocalDate(2025, 9, 1)),
            TestSchemes.Record("Formal/educational", 15m, new LocalDate(2026, 2, 1)),
            TestSchemes.Record("Self-directed", 10m, new LocalDate(2026, 4, 1)),
        };
        var membership = SchemeMembership.From(new LocalDate(2020, 1, 1));

        var result = SchemeCompliance.Evaluate(Units, records, membership, new LocalDate(2026, 6, 30));

        // 2025: 45 units, over 40; verifiable 30 - 21 = 9 carried. 2026: 15 + 9 verifiable, 10 other.
        Assert.Equal(9m, result.CarriedForward);
        Assert.Equal([24m, 10m], result.Categories.Select(tally => tally.Counted));
        Assert.Equal(
            ["6 more units by 31 December 2026 (34 of 40 so far).", "Met: 24 units of verifiable CPD of the 21 required."],
            result.Rules.Select(rule => rule.Message));
    }

    [Fact]
    public void Evaluate_LastYearBelowTheMinimumTotal_CarriesNothing()
    {
        var records = new[] { TestSchemes.Record("Formal/educational", 39m, new LocalDate(2025, 3, 1)) };

        var result = SchemeCompliance.Evaluate(
            Units, records, SchemeMembership.From(new LocalDate(2020, 1, 1)), new LocalDate(2026, 6, 30));

        Assert.Equal(0m, result.CarriedForward);
    }

    [Fact]
    public void Evaluate_FirstCycleOfAMember_CarriesNothingFromBeforeRegistration()
    {
        var records = new[] { TestSchemes.Record("Formal/educational", 60m, new LocalDate(2025, 3, 1)) };

        var result = SchemeCompliance.Evaluate(
            Units, records, SchemeMembership.From(new LocalDate(2026, 2, 1)), new LocalDate(2026, 6, 30));

        Assert.Equal(0m, result.CarriedForward);
    }

    [Fact]
    public void Evaluate_CareerBreakOfSixMonths_ReducesTheMinimumsProRata()
    {
        var registered = new LocalDate(2023, 5, 10);
        var membership = SchemeMembership.From(registered) with
        {
            Exemptions =
            [
                new SchemeExemption(ExemptionKind.CareerBreak, new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 29)),
                new SchemeExemption(ExemptionKind.CareerBreak, new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 30)),
            ],
        };

        var result = SchemeCompliance.Evaluate(ThreeYear, [], membership, new LocalDate(2026, 1, 1));

        // The cycle 2023-05-10 to 2026-05-09 has 1096 days; the 181-day break waives 181/1096 of each minimum,
        // the 30-day one is shorter than the scheme's 90 days and waives nothing. 35 × 915/1096 = 29.22 and
        // 20 × 915/1096 = 16.70 hours, rounded up to the tenth.
        Assert.Equal(181m / 1096m, result.Reduction);
        Assert.Equal([29.3m, 16.7m], result.Rules.Select(rule => rule.Required));
    }

    [Fact]
    public void Evaluate_PartTimeAtHalf_WaivesHalfOfItsDays()
    {
        var registered = new LocalDate(2023, 5, 10);
        var membership = SchemeMembership.From(registered) with
        {
            Exemptions = [new SchemeExemption(ExemptionKind.PartTime, registered, new LocalDate(2026, 5, 9), 0.5m)],
        };

        var result = SchemeCompliance.Evaluate(ThreeYear, [], membership, new LocalDate(2026, 1, 1));

        Assert.Equal(0.5m, result.Reduction);
        Assert.Equal([17.5m, 10m], result.Rules.Select(rule => rule.Required));
    }

    [Fact]
    public void Evaluate_OverlappingExemptions_AreRefusedByField()
    {
        var membership = SchemeMembership.From(new LocalDate(2023, 5, 10)) with
        {
            Exemptions =
            [
                new SchemeExemption(ExemptionKind.CareerBreak, new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 29)),
                new SchemeExemption(ExemptionKind.PartTime, new LocalDate(2024, 6, 1), new LocalDate(2024, 12, 1), 0.5m),
            ],
        };

        var error = Assert.Throws<CpdValidationException>(
            () => SchemeCompliance.Evaluate(ThreeYear, [], membership, new LocalDate(2026, 1, 1)));

        Assert.Equal("exemptions[1]", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void Evaluate_NotCompletedRecordsInASchemeThatCountsThem_Count()
    {
        var records = new[] { TestSchemes.Record("Professional", 4m, new LocalDate(2024, 1, 1), completed: false) };

        var result = SchemeCompliance.Evaluate(
            ThreeYear, records, SchemeMembership.From(new LocalDate(2023, 5, 10)), new LocalDate(2026, 1, 1));

        Assert.Equal(4m, result.Categories[0].Counted);
    }

    [Theory]
    [InlineData("Pacific/Kiritimati", 2027, 0)]
    [InlineData("Pacific/Pago_Pago", 2026, 7)]
    [InlineData("Europe/London", 2026, 7)]
    public void Evaluate_NewYearsEveInUtc_CycleFollowsTheMembersLocalDate(string zoneId, int cycleYear, int counted)
    {
        // 10:00 UTC on 31 December 2026 is already 1 January 2027 in Kiritimati (UTC+14), still 30 December
        // in Pago Pago (UTC-11).
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 31, 10, 0));
        var records = new[] { TestSchemes.Record("Formal/educational", 7m, new LocalDate(2026, 12, 30)) };
        var membership = SchemeMembership.From(new LocalDate(2020, 1, 1));

        var result = SchemeCompliance.Evaluate(Units, records, membership, clock, MemberTimeZone.Resolve(zoneId));

        Assert.Equal(new LocalDate(cycleYear, 1, 1), result.Cycle.Start);
        Assert.Equal(counted, result.Total);
    }

    [Fact]
    public void EvaluateAll_OneRecordSetAndTwoBodies_EachCountsTheRecordInItsOwnCategory()
    {
        var shared = TestSchemes.Record("Professional", 6m, new LocalDate(2026, 6, 1), planned: true);
        var enrolments = new[]
        {
            new SchemeEnrolment(AprilHours, SchemeMembership.Unregistered),
            new SchemeEnrolment(ThreeYear, SchemeMembership.From(new LocalDate(2023, 5, 10))),
        };

        var results = SchemeCompliance.EvaluateAll(enrolments, [shared], new LocalDate(2026, 6, 2));

        Assert.Equal(["april-hours", "three-year"], results.Select(result => result.SchemeId));
        Assert.All(results, result => Assert.Equal(shared.Id, Assert.Single(result.Counted)));
        Assert.Equal(6m, results[0].Categories.Single(tally => tally.CategoryId == "other").Earned);
        Assert.Equal(6m, results[1].Categories.Single(tally => tally.CategoryId == "participatory").Earned);
    }

    [Fact]
    public void Evaluate_RecordsWithoutDateOrHours_AreListedWithTheReason()
    {
        var records = new[]
        {
            TestSchemes.Record("Work-based", 3m, null),
            TestSchemes.Record("Work-based", null, new LocalDate(2026, 6, 1)),
        };

        var result = SchemeCompliance.Evaluate(AprilHours, records, SchemeMembership.Unregistered, new LocalDate(2026, 7, 1));

        Assert.Equal(
            [ExclusionReason.NoActivityDate, ExclusionReason.NoHours],
            result.Excluded.Select(excluded => excluded.Reason));
    }
}
