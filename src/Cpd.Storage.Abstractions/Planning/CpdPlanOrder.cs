using Cpd.Domain.Planning;

namespace Cpd.Storage.Planning;

/// <summary>
/// The orders in which a store lists a member's plan, the same in every store: objectives by creation instant
/// and then by id; reviews by review date, then by when each was recorded, then by id.
/// </summary>
public static class CpdPlanOrder
{
    /// <summary>Gets the order of a member's objectives, oldest first.</summary>
    public static IComparer<DevelopmentObjective> Objectives { get; } = Comparer<DevelopmentObjective>.Create(
        (x, y) => (x.CreatedAt, x.Id.Value).CompareTo((y.CreatedAt, y.Id.Value)));

    /// <summary>Gets the order of the reviews of a member's plan, earliest first.</summary>
    public static IComparer<PlanReview> Reviews { get; } = Comparer<PlanReview>.Create(
        (x, y) => (x.ReviewedOn, x.RecordedAt, x.Id).CompareTo((y.ReviewedOn, y.RecordedAt, y.Id)));
}
