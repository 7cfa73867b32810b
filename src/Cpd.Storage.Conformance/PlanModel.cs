using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;

namespace Cpd.Storage.Conformance;

/// <summary>The simplest plan store that keeps the contract: what a real store is compared with.</summary>
internal sealed class PlanModel
{
    private readonly Dictionary<ObjectiveId, DevelopmentObjective> _objectives = [];
    private readonly List<PlanReview> _reviews = [];

    public DevelopmentObjective? Find(MemberId member, ObjectiveId id) =>
        _objectives.TryGetValue(id, out var objective) && objective.MemberId == member ? objective : null;

    public IReadOnlyList<DevelopmentObjective> List(MemberId member) =>
        [.. _objectives.Values.Where(objective => objective.MemberId == member).Order(CpdPlanOrder.Objectives)];

    public IReadOnlyList<PlanReview> Reviews(MemberId member) =>
        [.. _reviews.Where(review => review.MemberId == member).Order(CpdPlanOrder.Reviews)];

    public void Add(DevelopmentObjective objective)
    {
        if (!_objectives.TryAdd(objective.Id, objective))
        {
            throw new CpdConflictException("duplicate id");
        }
    }

    public void Update(DevelopmentObjective objective, long expectedVersion)
    {
        var stored = Find(objective.MemberId, objective.Id) ?? throw new CpdObjectiveNotFoundException(objective.Id);
        if (stored.Version != expectedVersion)
        {
            throw new CpdObjectiveConcurrencyException(objective.Id, expectedVersion, stored.Version);
        }

        _objectives[objective.Id] = objective;
    }

    public void Add(PlanReview review) => _reviews.Add(review);
}
