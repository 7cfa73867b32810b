using System.Collections.Immutable;
using Cpd.Domain;
using Cpd.Domain.Planning;
using NodaTime;

namespace Cpd.Storage.Conformance;

/// <summary>Builds the objectives and plan reviews the plan suite stores.</summary>
internal static class ConformancePlans
{
    public static MemberId Carol { get; } = MemberId.From("carol@example.org");

    public static DevelopmentObjective Objective(
        IClock clock,
        MemberId member,
        string title = "Lead a clinical audit",
        ObjectiveStatus status = ObjectiveStatus.Planned,
        LocalDate? target = null,
        string why = "The unit's audit cycle\nneeds a lead by spring.",
        params string[] serves) =>
        DevelopmentObjective.Create(
            ObjectiveId.New(clock.GetCurrentInstant()),
            member,
            new ObjectiveDetails
            {
                Title = title,
                Why = why,
                TargetDate = target,
                Serves = [.. serves],
                Status = status,
            },
            clock);

    public static PlanReview Review(IClock clock, MemberId member, LocalDate reviewedOn, string outcome = "On track.") =>
        PlanReview.Record(member, reviewedOn, outcome, clock);

    /// <summary>The same objective as another member would present it: a forged owner.</summary>
    public static DevelopmentObjective OwnedBy(DevelopmentObjective objective, MemberId member) =>
        DevelopmentObjective.Restore(objective.ToState() with { MemberId = member });

    public static ObjectiveDetails Retitled(DevelopmentObjective objective, string title) =>
        objective.Details with { Title = title };

    public static ImmutableArray<string> Serves(params string[] names) => [.. names];
}
