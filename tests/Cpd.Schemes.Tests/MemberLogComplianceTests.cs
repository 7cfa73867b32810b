using Cpd.Domain;
using Cpd.Domain.Schemes;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Schemes.Tests;

/// <summary>The shared member log against every shipped scheme; the hand calculation is in MemberLogVerdicts.md.</summary>
public sealed class MemberLogComplianceTests
{
    private static readonly SchemeCatalog Shipped = SchemeCatalog.Shipped;

    [Fact]
    public void Default_CalendarYear2026_IsMetWith84Hours()
    {
        var result = Evaluate("cpd-default", SchemeMembership.Unregistered);

        Assert.Equal((new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), (result.Cycle.Start, result.Cycle.End));
        Assert.Equal([18m, 14m, 29m, 18m, 5m, 0m], result.Categories.Select(tally => tally.Counted));
        Assert.Equal(84m, result.Total);
        Assert.Equal(
            ["Met: 84 hours of the 30 required.", "Met: activity in 5 categories of the 3 required."],
            result.Rules.Select(rule => rule.Message));
        Assert.True(result.IsCompliant);
        Assert.Equal(10, result.Excluded.Count);
        Assert.All(result.Excluded, excluded => Assert.Equal(ExclusionReason.NotCompleted, excluded.Reason));
    }

    [Fact]
    public void Rcpi_YearFromMay2026_IsMetInEveryCategory()
    {
        var result = Evaluate("rcpi-professional-competence", SchemeMembership.Unregistered);

        Assert.Equal((new LocalDate(2026, 5, 1), new LocalDate(2027, 4, 30)), (result.Cycle.Start, result.Cycle.End));
        Assert.Equal([38m, 26m, 22m, 0m], result.Categories.Select(tally => tally.Counted));
        Assert.Equal(86m, result.Total);
        Assert.True(result.IsCompliant);
        Assert.Equal("Met: 26 credits of internal practice evaluation and development of the 20 required.", result.Rules[2].Message);
    }

    [Fact]
    public void Nmc_NewCycleFrom20November2026_SaysWhatIsLeft()
    {
        var result = Evaluate("nmc-revalidation", SchemeMembership.From(new LocalDate(2023, 11, 20)));

        Assert.Equal((new LocalDate(2026, 11, 20), new LocalDate(2029, 11, 19)), (result.Cycle.Start, result.Cycle.End));
        Assert.Equal([0m, 2m], result.Categories.Select(tally => tally.Counted));
        Assert.Equal(
            [
                "33 more hours by 19 November 2029 (2 of 35 so far).",
                "20 more hours of participatory learning by 19 November 2029 (0 of 20 so far).",
            ],
            result.Rules.Select(rule => rule.Message));
    }

    [Fact]
    public void Nmc_PreviousCycle_IsMetWith195Hours()
    {
        var scheme = Shipped.Get("nmc-revalidation");
        var membership = SchemeMembership.From(new LocalDate(2023, 11, 20));
        var cycle = scheme.Cycle.CycleOn(new LocalDate(2026, 11, 19), membership.Registered);

        var result = SchemeCompliance.EvaluateCycle(scheme, MemberLog.Records, membership, cycle);

        Assert.Equal([164m, 31m], result.Categories.Select(tally => tally.Counted));
        Assert.Equal(195m, result.Total);
        Assert.True(result.IsCompliant);
    }

    [Fact]
    public void Acca_2026_CarriesTheCappedExcessOf2025()
    {
        var result = Evaluate("acca-unit-route", SchemeMembership.From(new LocalDate(2020, 1, 1)));

        Assert.Equal(21m, result.CarriedForward);
        Assert.Equal([(61m, 21m, 82m), (23m, 0m, 19m)], result.Categories.Select(t => (t.Earned, t.CarriedForward, t.Counted)));
        Assert.Equal(101m, result.Total);
        Assert.Equal(
            ["Met: 101 units of the 40 required.", "Met: 82 units of verifiable CPD of the 21 required."],
            result.Rules.Select(rule => rule.Message));
    }

    [Fact]
    public void EngineersAustralia_NoRiskOrManagementRecords_FallsShortInBoth()
    {
        var result = Evaluate("engineers-australia", SchemeMembership.From(new LocalDate(2025, 1, 15)));

        Assert.Equal([131m, 0m, 0m, 8m], result.Categories.Select(tally => tally.Counted));
        Assert.Equal(
            [
                "11 more hours by 14 January 2028 (139 of 150 so far).",
                "Met: 131 hours of your area of practice of the 50 required.",
                "10 more hours of risk management by 14 January 2028 (0 of 10 so far).",
                "15 more hours of business and management by 14 January 2028 (0 of 15 so far).",
            ],
            result.Rules.Select(rule => rule.Message));
    }

    [Fact]
    public void EngineersAustralia_CareerBreakOfAYear_ReducesTheMinimumsByAThird()
    {
        var registered = new LocalDate(2025, 1, 15);
        var membership = SchemeMembership.From(registered) with
        {
            Exemptions = [new SchemeExemption(ExemptionKind.CareerBreak, new LocalDate(2027, 1, 15), new LocalDate(2028, 1, 14))],
        };

        var result = Evaluate("engineers-australia", membership);

        // The cycle has 1095 days, the break 365: 150 × 730/1095 = 100 hours, 10 × 2/3 = 6.67 rounded up to 6.7.
        Assert.Equal([100m, 33.4m, 6.7m, 10m], result.Rules.Select(rule => rule.Required));
        Assert.Equal("Met: 139 hours of the 100 required.", result.Rules[0].Message);
    }

    [Fact]
    public void EvaluateAll_OneLogAgainstEveryShippedScheme_GivesEachVerdict()
    {
        var enrolments = new[]
        {
            new SchemeEnrolment(Shipped.Get("cpd-default"), SchemeMembership.Unregistered),
            new SchemeEnrolment(Shipped.Get("rcpi-professional-competence"), SchemeMembership.Unregistered),
            new SchemeEnrolment(Shipped.Get("nmc-revalidation"), SchemeMembership.From(new LocalDate(2023, 11, 20))),
            new SchemeEnrolment(Shipped.Get("acca-unit-route"), SchemeMembership.From(new LocalDate(2020, 1, 1))),
            new SchemeEnrolment(Shipped.Get("engineers-australia"), SchemeMembership.From(new LocalDate(2025, 1, 15))),
        };

        var results = SchemeCompliance.EvaluateAll(enrolments, MemberLog.Records, MemberLog.Today);

        Assert.Equal([true, true, false, true, false], results.Select(result => result.IsCompliant));
    }

    [Theory]
    [InlineData("Pacific/Kiritimati", 2027, 0)]
    [InlineData("Pacific/Pago_Pago", 2026, 86)]
    public void Rcpi_LastMorningOfAprilInUtc_CycleFollowsTheMembersDate(string zoneId, int startYear, int total)
    {
        // 10:30 UTC on 30 April 2027 is 00:30 on 1 May in Kiritimati (UTC+14) and 23:30 on 29 April in Pago Pago.
        var clock = new FakeClock(Instant.FromUtc(2027, 4, 30, 10, 30));
        var scheme = Shipped.Get("rcpi-professional-competence");

        var result = SchemeCompliance.Evaluate(
            scheme, MemberLog.Records, SchemeMembership.Unregistered, clock, MemberTimeZone.Resolve(zoneId));

        Assert.Equal(new LocalDate(startYear, 5, 1), result.Cycle.Start);
        Assert.Equal(total, result.Total);
    }

    [Theory]
    [InlineData("Pacific/Kiritimati", 2026, 11, 20)]
    [InlineData("Pacific/Pago_Pago", 2023, 11, 20)]
    public void Nmc_EveOfTheAnniversaryInUtc_CycleFollowsTheMembersDate(string zoneId, int year, int month, int day)
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 19, 10, 0));
        var scheme = Shipped.Get("nmc-revalidation");

        var result = SchemeCompliance.Evaluate(
            scheme,
            MemberLog.Records,
            SchemeMembership.From(new LocalDate(2023, 11, 20)),
            clock,
            MemberTimeZone.Resolve(zoneId));

        Assert.Equal(new LocalDate(year, month, day), result.Cycle.Start);
    }

    [Theory]
    [InlineData(2027, 2, 27, 2024, 2, 29, 195 + 2)]
    [InlineData(2027, 2, 28, 2027, 2, 28, 0)]
    public void Nmc_RegisteredOn29February_NextCycleStartsOn28February(
        int year, int month, int day, int startYear, int startMonth, int startDay, int total)
    {
        var scheme = Shipped.Get("nmc-revalidation");

        var result = SchemeCompliance.Evaluate(
            scheme, MemberLog.Records, SchemeMembership.From(new LocalDate(2024, 2, 29)), new LocalDate(year, month, day));

        Assert.Equal(new LocalDate(startYear, startMonth, startDay), result.Cycle.Start);
        Assert.Equal(total, result.Total);
    }

    private static ComplianceResult Evaluate(string schemeId, SchemeMembership membership) =>
        SchemeCompliance.Evaluate(Shipped.Get(schemeId), MemberLog.Records, membership, MemberLog.Today);
}
