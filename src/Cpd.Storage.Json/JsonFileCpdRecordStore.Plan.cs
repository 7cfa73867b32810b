using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;

namespace Cpd.Storage.Json;

public sealed partial class JsonFileCpdRecordStore : ICpdPlanStore
{
    /// <inheritdoc />
    public Task AddObjectiveAsync(DevelopmentObjective objective, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return ChangePlanAsync(plan => plan.AddObjective(objective), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DevelopmentObjective?> FindObjectiveAsync(
        MemberId memberId, ObjectiveId id, CancellationToken cancellationToken = default) =>
        (await ReadPlanAsync(cancellationToken).ConfigureAwait(false)).FindObjective(memberId, id);

    /// <inheritdoc />
    public async Task<IReadOnlyList<DevelopmentObjective>> ListObjectivesAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        (await ReadPlanAsync(cancellationToken).ConfigureAwait(false)).ListObjectives(memberId);

    /// <inheritdoc />
    public Task UpdateObjectiveAsync(
        DevelopmentObjective objective, long expectedVersion, CancellationToken cancellationToken = default) =>
        ChangePlanAsync(plan => plan.UpdateObjective(objective, expectedVersion), cancellationToken);

    /// <inheritdoc />
    public Task AddPlanReviewAsync(PlanReview review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        return ChangePlanAsync(plan => plan.AddReview(review), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PlanReview>> ListPlanReviewsAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        (await ReadPlanAsync(cancellationToken).ConfigureAwait(false)).ListReviews(memberId);

    private async Task<CpdPlanSet> ReadPlanAsync(CancellationToken cancellationToken) =>
        (await _file.ReadStateAsync(cancellationToken).ConfigureAwait(false)).Plan;

    private Task ChangePlanAsync(Func<CpdPlanSet, CpdPlanSet> change, CancellationToken cancellationToken) =>
        _file.ChangeStateAsync(state => state with { Plan = change(state.Plan) }, cancellationToken);
}
