using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Tests.Support;

/// <summary>One member's objectives, records that serve some of them, and a day to take progress on.</summary>
/// <param name="Today">The member's date.</param>
/// <param name="Objectives">The objectives.</param>
/// <param name="Records">The records; some serve objectives, some follow others up, some neither.</param>
public sealed record MemberPlan(
    LocalDate Today, IReadOnlyList<DevelopmentObjective> Objectives, IReadOnlyList<CpdRecord> Records)
{
    public override string ToString() =>
        $"{Today}: objectives " + string.Join("; ", Objectives.Select(o => $"{o.Status} target {o.TargetDate}"))
        + " | records "
        + string.Join("; ", Records.Select(r => $"[{r.Objectives.Count}] follows {r.FollowsUp} {r.Hours}"));
}
