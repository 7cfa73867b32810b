using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;

namespace Cpd.Storage.Tests.Support;

/// <summary>A plan store where another sitting writes once, just before this sitting's first update.</summary>
/// <param name="inner">The shared store.</param>
/// <param name="rival">The other sitting's write, made straight to the shared store.</param>
public sealed class RivalPlanStore(ICpdPlanStore inner, Func<Task> rival) : ICpdPlanStore
{
    private bool _rivalWrote;

    public Task AddObjectiveAsync(DevelopmentObjective objective, CancellationToken cancellationToken = default) =>
        inner.AddObjectiveAsync(objective, cancellationToken);

    public Task<DevelopmentObjective?> FindObjectiveAsync(
        MemberId memberId, ObjectiveId id, CancellationToken cancellationToken = default) =>
        inner.FindObjectiveAsync(memberId, id, cancellationToken);

    public Task<IReadOnlyList<DevelopmentObjective>> ListObjectivesAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        inner.ListObjectivesAsync(memberId, cancellationToken);

    public async Task UpdateObjectiveAsync(
        DevelopmentObjective objective, long expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!_rivalWrote)
        {
            _rivalWrote = true;
            await rival();
        }

        await inner.UpdateObjectiveAsync(objective, expectedVersion, cancellationToken);
    }

    public Task AddPlanReviewAsync(PlanReview review, CancellationToken cancellationToken = default) =>
        inner.AddPlanReviewAsync(review, cancellationToken);

    public Task<IReadOnlyList<PlanReview>> ListPlanReviewsAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        inner.ListPlanReviewsAsync(memberId, cancellationToken);
}
