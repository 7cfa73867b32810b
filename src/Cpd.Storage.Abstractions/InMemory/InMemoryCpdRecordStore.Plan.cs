using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Storage.Planning;

namespace Cpd.Storage.InMemory;

public sealed partial class InMemoryCpdRecordStore : ICpdPlanStore
{
    private CpdPlanSet _plan = CpdPlanSet.Empty;

    /// <inheritdoc />
    public Task AddObjectiveAsync(DevelopmentObjective objective, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return ChangePlan(plan => plan.AddObjective(objective), cancellationToken);
    }

    /// <inheritdoc />
    public Task<DevelopmentObjective?> FindObjectiveAsync(
        MemberId memberId, ObjectiveId id, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<DevelopmentObjective?>(cancellationToken)
            : Task.FromResult(Volatile.Read(ref _plan).FindObjective(memberId, id));

    /// <inheritdoc />
    public Task<IReadOnlyList<DevelopmentObjective>> ListObjectivesAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<IReadOnlyList<DevelopmentObjective>>(cancellationToken)
            : Task.FromResult(Volatile.Read(ref _plan).ListObjectives(memberId));

    /// <inheritdoc />
    public Task UpdateObjectiveAsync(
        DevelopmentObjective objective, long expectedVersion, CancellationToken cancellationToken = default) =>
        ChangePlan(plan => plan.UpdateObjective(objective, expectedVersion), cancellationToken);

    /// <inheritdoc />
    public Task AddPlanReviewAsync(PlanReview review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        return ChangePlan(plan => plan.AddReview(review), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PlanReview>> ListPlanReviewsAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<IReadOnlyList<PlanReview>>(cancellationToken)
            : Task.FromResult(Volatile.Read(ref _plan).ListReviews(memberId));

    private Task ChangePlan(Func<CpdPlanSet, CpdPlanSet> change, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        try
        {
            lock (_writeLock)
            {
                Volatile.Write(ref _plan, change(_plan));
            }

            return Task.CompletedTask;
        }
        catch (Exception exception) when (exception is CpdException or ArgumentException)
        {
            return Task.FromException(exception);
        }
    }
}
