using Cpd.Domain.Frameworks;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Domain.Schemes;
using NodaTime;

namespace Cpd.Domain.Tests.Schemes;

/// <summary>Schemes and records for the scheme tests.</summary>
internal static class TestSchemes
{
    public static SchemeFrameworkReference Framework { get; } = new("cpd-reflection", 1);

    /// <summary>An annual scheme from 1 April: 30 hours, at least 10 of formal learning, 2 categories.</summary>
    public static SchemeDefinition AprilHours { get; } = new()
    {
        Id = "april-hours",
        Name = "April hours",
        Version = 1,
        Framework = Framework,
        Unit = CreditUnit.Hours,
        Earning = CreditEarning.OnePerHour,
        Cycle = new SchemeCycle(12, CycleAnchorKind.FixedDate, 4, 1),
        Categories =
        [
            new SchemeCategory("formal", "Formal learning", "formal learning", ["Formal/educational"], Minimum: 10m),
            new SchemeCategory("work", "Work-based learning", "work-based learning", ["Work-based"]),
            new SchemeCategory("other", "Other learning", "other learning", ["Self-directed", "Informal"], Maximum: 8m),
        ],
        OtherCategoryId = "other",
        Rules = new SchemeRules(MinimumTotal: 30m, MinimumDistinctCategories: 2, MinimumPlannedShare: 0.5m),
    };

    /// <summary>An annual calendar-year units scheme with 21 verifiable units carried forward at most.</summary>
    public static SchemeDefinition Units { get; } = new()
    {
        Id = "units",
        Name = "Units",
        Version = 1,
        Framework = Framework,
        Unit = CreditUnit.Units,
        Earning = CreditEarning.OnePerHour,
        Cycle = SchemeCycle.CalendarYear,
        Categories =
        [
            new SchemeCategory("verifiable", "Verifiable", "verifiable CPD", ["Formal/educational"], Minimum: 21m),
            new SchemeCategory("non-verifiable", "Non-verifiable", "non-verifiable CPD", ["Self-directed"]),
        ],
        Rules = new SchemeRules(MinimumTotal: 40m),
        CarryForward = new CarryForwardRule("verifiable", 21m, OnlyIfMinimumTotalMet: true),
    };

    /// <summary>A three-year scheme from registration: 35 hours, 20 participatory, exemptions pro rata.</summary>
    public static SchemeDefinition ThreeYear { get; } = new()
    {
        Id = "three-year",
        Name = "Three-year",
        Version = 1,
        Framework = Framework,
        Unit = CreditUnit.Hours,
        Earning = CreditEarning.OnePerHour,
        Cycle = new SchemeCycle(36, CycleAnchorKind.Registration),
        CompletedOnly = false,
        Categories =
        [
            new SchemeCategory("participatory", "Participatory", "participatory learning", ["Professional"], Minimum: 20m),
            new SchemeCategory("individual", "Individual", "individual learning", []),
        ],
        OtherCategoryId = "individual",
        Rules = new SchemeRules(MinimumTotal: 35m),
        Exemptions = new ExemptionPolicy(90),
    };

    public static CpdScheme Create(SchemeDefinition definition) => CpdScheme.Create(definition);

    public static CpdRecord Record(
        string? category,
        decimal? hours,
        LocalDate? date,
        bool completed = true,
        bool planned = false,
        IClock? clock = null)
    {
        clock ??= TestRecords.Clock();
        var now = clock.GetCurrentInstant();
        var details = new CpdRecordDetails
        {
            Title = $"{category ?? "Uncategorised"} activity",
            Category = category,
            Hours = hours,
            ActivityDate = date,
            Objectives = planned ? ObjectiveSet.Of(ObjectiveId.New(now)) : ObjectiveSet.None,
        };
        return CpdRecord.Create(
            CpdRecordId.New(now),
            TestRecords.Member,
            ReflectionFrameworks.Default,
            details,
            clock,
            completed ? TestRecords.AllAnswers() : null);
    }
}
