using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Domain.Schemes;
using NodaTime;

namespace Cpd.Reporting.Tests.Support;

/// <summary>Objectives, plan progress and schemes with fixed ids and dates, for repeatable reports.</summary>
internal static class TestPlans
{
    public static ObjectiveId Id(int number) => new(new Guid($"00000000-0000-0000-0001-{number:D12}"));

    public static DevelopmentObjective Objective(int number, ObjectiveDetails details, IClock clock) =>
        DevelopmentObjective.Create(Id(number), TestRecords.Member, details, clock);

    /// <summary>The plan's progress over the given objectives and records on the member's date of the clock.</summary>
    public static PlanProgress Progress(
        IEnumerable<DevelopmentObjective> objectives,
        IEnumerable<CpdRecord> records,
        IClock clock,
        IEnumerable<PlanReview>? reviews = null) =>
        PlanProgress.Of(
            TestRecords.Member,
            objectives,
            records,
            reviews ?? [],
            MemberTimeZone.Today(clock, TestRecords.London));

    /// <summary>
    /// A calendar-year scheme counting hours: formal learning (from Professional records, at least 10), self-directed
    /// learning (at least 5) and everything else; at least 30 in all, in 2 categories, half of it planned.
    /// </summary>
    public static CpdScheme HoursScheme(string name = "Institute CPD scheme", string formalName = "Formal learning") =>
        CpdScheme.Create(new SchemeDefinition
        {
            Id = "institute-cpd",
            Name = name,
            Version = 2,
            Framework = new SchemeFrameworkReference(ReflectionFrameworks.DefaultId, 1),
            Unit = CreditUnit.Hours,
            Earning = CreditEarning.OnePerHour,
            Cycle = SchemeCycle.CalendarYear,
            Categories =
            [
                new SchemeCategory("formal", formalName, "formal learning", ["Professional"], Minimum: 10m),
                new SchemeCategory("self", "Self-directed learning", "self-directed learning", ["Self-directed"], 5m),
                new SchemeCategory("other", "Other activity", "other activity", []),
            ],
            OtherCategoryId = "other",
            Rules = new SchemeRules(MinimumTotal: 30m, MinimumDistinctCategories: 2, MinimumPlannedShare: 0.5m),
        });

    /// <summary>A calendar-year scheme that counts records of any category, at least 3 a year.</summary>
    public static CpdScheme RecordsScheme() =>
        CpdScheme.Create(new SchemeDefinition
        {
            Id = "registry-log",
            Name = "Registry activity log",
            Version = 1,
            Framework = new SchemeFrameworkReference(ReflectionFrameworks.DefaultId, 1),
            Unit = CreditUnit.Records,
            Earning = CreditEarning.OnePerRecord,
            Cycle = SchemeCycle.CalendarYear,
            CompletedOnly = false,
            Categories = [new SchemeCategory("any", "Any activity", "activity", [])],
            OtherCategoryId = "any",
            Rules = new SchemeRules(MinimumTotal: 3m),
        });

    public static ComplianceResult Evaluate(CpdScheme scheme, IEnumerable<CpdRecord> records, IClock clock) =>
        SchemeCompliance.Evaluate(
            scheme, records, SchemeMembership.Unregistered, MemberTimeZone.Today(clock, TestRecords.London));
}
