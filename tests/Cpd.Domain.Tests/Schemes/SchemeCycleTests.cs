using Cpd.Domain.Schemes;
using NodaTime;

namespace Cpd.Domain.Tests.Schemes;

public sealed class SchemeCycleTests
{
    private static readonly SchemeCycle AprilYear = new(12, CycleAnchorKind.FixedDate, 4, 1);
    private static readonly SchemeCycle ThreeYearsFromRegistration = new(36, CycleAnchorKind.Registration);

    [Theory]
    [InlineData("2026-03-31", "2025-04-01", "2026-03-31")]
    [InlineData("2026-04-01", "2026-04-01", "2027-03-31")]
    [InlineData("2027-03-31", "2026-04-01", "2027-03-31")]
    public void CycleOn_FixedFirstOfApril_RunsFromAprilToMarch(string date, string start, string end)
    {
        var cycle = AprilYear.CycleOn(Day(date), registered: null);

        Assert.Equal(Day(start), cycle.Start);
        Assert.Equal(Day(end), cycle.End);
    }

    [Fact]
    public void CycleOn_CalendarYearInALeapYear_Has366Days()
    {
        var cycle = SchemeCycle.CalendarYear.CycleOn(new LocalDate(2028, 7, 1), registered: null);

        Assert.Equal(new LocalDate(2028, 1, 1), cycle.Start);
        Assert.Equal(new LocalDate(2028, 12, 31), cycle.End);
        Assert.Equal(366, cycle.Days);
    }

    [Fact]
    public void CycleOn_FixedAnchorWithRegistration_FirstCycleHoldsTheRegistrationDate()
    {
        var november = new SchemeCycle(12, CycleAnchorKind.FixedDate, 11, 1);
        var registered = new LocalDate(2024, 6, 15);

        var first = november.CycleOn(registered, registered);
        var later = november.CycleOn(new LocalDate(2026, 12, 3), registered);

        Assert.Equal((0, new LocalDate(2023, 11, 1), new LocalDate(2024, 10, 31)), (first.Index, first.Start, first.End));
        Assert.Equal((3, new LocalDate(2026, 11, 1), new LocalDate(2027, 10, 31)), (later.Index, later.Start, later.End));
    }

    [Theory]
    [InlineData("2023-05-10", 0, "2023-05-10", "2026-05-09")]
    [InlineData("2026-05-09", 0, "2023-05-10", "2026-05-09")]
    [InlineData("2026-05-10", 1, "2026-05-10", "2029-05-09")]
    public void CycleOn_ThreeYearsFromRegistration_FollowsTheAnniversaries(
        string date, int index, string start, string end)
    {
        var cycle = ThreeYearsFromRegistration.CycleOn(Day(date), new LocalDate(2023, 5, 10));

        Assert.Equal(new CpdCycle(index, Day(start), Day(end)), cycle);
    }

    [Theory]
    [InlineData("2024-02-29", 0, "2024-02-29", "2025-02-27")]
    [InlineData("2025-02-27", 0, "2024-02-29", "2025-02-27")]
    [InlineData("2025-02-28", 1, "2025-02-28", "2026-02-27")]
    [InlineData("2027-03-01", 3, "2027-02-28", "2028-02-28")]
    [InlineData("2028-02-29", 4, "2028-02-29", "2029-02-27")]
    public void CycleOn_AnnualFromA29FebruaryRegistration_StartsOn28FebruaryInCommonYears(
        string date, int index, string start, string end)
    {
        var annual = new SchemeCycle(12, CycleAnchorKind.Registration);

        var cycle = annual.CycleOn(Day(date), new LocalDate(2024, 2, 29));

        Assert.Equal(new CpdCycle(index, Day(start), Day(end)), cycle);
    }

    [Fact]
    public void CycleOn_ThreeYearsFrom29February_NextCycleStartsOn28February()
    {
        var registered = new LocalDate(2024, 2, 29);

        var first = ThreeYearsFromRegistration.CycleOn(registered, registered);
        var second = ThreeYearsFromRegistration.CycleOn(new LocalDate(2027, 2, 28), registered);

        Assert.Equal(new LocalDate(2027, 2, 27), first.End);
        Assert.Equal(new CpdCycle(1, new LocalDate(2027, 2, 28), new LocalDate(2030, 2, 27)), second);
    }

    [Fact]
    public void CycleOn_FixedAnchorOn29February_UsesTheLastDayOfFebruary()
    {
        var cycle = new SchemeCycle(12, CycleAnchorKind.FixedDate, 2, 29).CycleOn(new LocalDate(2027, 6, 1), null);

        Assert.Equal(new LocalDate(2027, 2, 28), cycle.Start);
        Assert.Equal(new LocalDate(2028, 2, 28), cycle.End);
    }

    [Fact]
    public void CycleOn_RegistrationAnchorWithoutADate_NamesTheMissingField()
    {
        var error = Assert.Throws<CpdValidationException>(
            () => ThreeYearsFromRegistration.CycleOn(new LocalDate(2026, 1, 1), registered: null));

        Assert.Equal(("registered", ValidationRule.Required), (error.Errors[0].Field, error.Errors[0].Rule));
    }

    [Fact]
    public void CycleOn_DateBeforeTheFirstCycle_IsRefused()
    {
        var error = Assert.Throws<CpdValidationException>(
            () => ThreeYearsFromRegistration.CycleOn(new LocalDate(2020, 1, 1), new LocalDate(2023, 5, 10)));

        Assert.Equal(("date", ValidationRule.OutOfRange), (error.Errors[0].Field, error.Errors[0].Rule));
    }

    [Fact]
    public void Before_FirstCycleOfAMember_IsNull()
    {
        var registered = new LocalDate(2023, 5, 10);
        var first = ThreeYearsFromRegistration.CycleOn(registered, registered);
        var second = ThreeYearsFromRegistration.CycleOn(new LocalDate(2026, 6, 1), registered);

        Assert.Null(ThreeYearsFromRegistration.Before(first, registered));
        Assert.Equal(first, ThreeYearsFromRegistration.Before(second, registered));
    }

    private static LocalDate Day(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
