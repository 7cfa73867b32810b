using System.Collections.Immutable;
using Cpd.Domain;
using Cpd.Domain.Planning;

namespace Cpd.Storage.Planning;

/// <summary>
/// An immutable set of development objectives and plan reviews that enforces the contract of
/// <see cref="ICpdPlanStore"/>: member scoping, expected versions and unique ids. Each change returns a new set,
/// so a store can persist or publish it whole, or drop it on failure. A building block for stores that keep
/// plans in memory or in one document.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CpdPlanSet
{
    private readonly ImmutableDictionary<ObjectiveId, DevelopmentObjective> _objectives;
    private readonly ImmutableDictionary<Guid, PlanReview> _reviews;

    private CpdPlanSet(
        ImmutableDictionary<ObjectiveId, DevelopmentObjective> objectives, ImmutableDictionary<Guid, PlanReview> reviews)
    {
        _objectives = objectives;
        _reviews = reviews;
    }

    /// <summary>Gets the set with no objectives and no reviews.</summary>
    public static CpdPlanSet Empty { get; } =
        new(ImmutableDictionary<ObjectiveId, DevelopmentObjective>.Empty, ImmutableDictionary<Guid, PlanReview>.Empty);

    /// <summary>Gets every objective of every member, in no particular order.</summary>
    public IEnumerable<DevelopmentObjective> Objectives => _objectives.Values;

    /// <summary>Gets every review of every member's plan, in no particular order.</summary>
    public IEnumerable<PlanReview> Reviews => _reviews.Values;

    /// <summary>Builds a set from objectives and reviews read back from storage.</summary>
    /// <param name="objectives">The objectives; ids must be unique.</param>
    /// <param name="reviews">The reviews; ids must be unique.</param>
    /// <returns>The set.</returns>
    /// <exception cref="CpdConflictException">Two objectives or two reviews share an id.</exception>
    public static CpdPlanSet Of(IEnumerable<DevelopmentObjective> objectives, IEnumerable<PlanReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        ArgumentNullException.ThrowIfNull(reviews);
        var set = objectives.Aggregate(Empty, (plan, objective) => plan.AddObjective(objective));
        return reviews.Aggregate(set, (plan, review) => plan.AddReview(review));
    }

    /// <summary>Adds a new objective.</summary>
    /// <param name="objective">The objective; its id must not be in the set.</param>
    /// <returns>The set with the objective added.</returns>
    /// <exception cref="CpdConflictException">An objective with that id is already in the set.</exception>
    public CpdPlanSet AddObjective(DevelopmentObjective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return _objectives.ContainsKey(objective.Id)
            ? throw new CpdConflictException($"An objective with id {objective.Id} already exists; nothing was added.")
            : new CpdPlanSet(_objectives.Add(objective.Id, objective), _reviews);
    }

    /// <summary>Finds one of a member's objectives.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="id">The objective id.</param>
    /// <returns>The objective, or <see langword="null"/> when the member has none with that id.</returns>
    public DevelopmentObjective? FindObjective(MemberId memberId, ObjectiveId id) =>
        _objectives.TryGetValue(id, out var objective) && objective.MemberId == memberId ? objective : null;

    /// <summary>Lists a member's objectives in <see cref="CpdPlanOrder.Objectives"/>.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <returns>The objectives.</returns>
    public IReadOnlyList<DevelopmentObjective> ListObjectives(MemberId memberId) =>
        [.. _objectives.Values.Where(objective => objective.MemberId == memberId).Order(CpdPlanOrder.Objectives)];

    /// <summary>Replaces an objective, if it is still at the expected version.</summary>
    /// <param name="objective">The changed objective.</param>
    /// <param name="expectedVersion">The version the change was based on.</param>
    /// <returns>The set with the objective replaced.</returns>
    /// <exception cref="ArgumentException">The changed objective's version is not after the expected one.</exception>
    /// <exception cref="CpdObjectiveNotFoundException">The member has no objective with that id.</exception>
    /// <exception cref="CpdObjectiveConcurrencyException">The stored objective is at another version.</exception>
    public CpdPlanSet UpdateObjective(DevelopmentObjective objective, long expectedVersion)
    {
        ThrowIfNotAChange(objective, expectedVersion);
        var stored = FindObjective(objective.MemberId, objective.Id)
            ?? throw new CpdObjectiveNotFoundException(objective.Id);
        return stored.Version == expectedVersion
            ? new CpdPlanSet(_objectives.SetItem(objective.Id, objective), _reviews)
            : throw new CpdObjectiveConcurrencyException(objective.Id, expectedVersion, stored.Version);
    }

    /// <summary>Adds a review of a member's plan.</summary>
    /// <param name="review">The review; its id must not be in the set.</param>
    /// <returns>The set with the review added.</returns>
    /// <exception cref="CpdConflictException">A review with that id is already in the set.</exception>
    public CpdPlanSet AddReview(PlanReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return _reviews.ContainsKey(review.Id)
            ? throw new CpdConflictException($"A plan review with id {review.Id} already exists; nothing was added.")
            : new CpdPlanSet(_objectives, _reviews.Add(review.Id, review));
    }

    /// <summary>Lists the reviews of a member's plan in <see cref="CpdPlanOrder.Reviews"/>.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <returns>The reviews.</returns>
    public IReadOnlyList<PlanReview> ListReviews(MemberId memberId) =>
        [.. _reviews.Values.Where(review => review.MemberId == memberId).Order(CpdPlanOrder.Reviews)];

    private static void ThrowIfNotAChange(DevelopmentObjective objective, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (objective.Version <= expectedVersion)
        {
            throw new ArgumentException(
                $"The changed objective is at version {objective.Version}, which is not after {expectedVersion}.",
                nameof(objective));
        }
    }
}
