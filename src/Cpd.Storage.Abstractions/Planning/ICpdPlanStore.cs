using Cpd.Domain;
using Cpd.Domain.Planning;

namespace Cpd.Storage.Planning;

/// <summary>
/// Keeps members' development plans: their objectives and the reviews of their plan. Implementations make the
/// promises of <see cref="ICpdRecordStore"/> (member scoping, optimistic concurrency, atomicity of one call,
/// exact strings, provider errors only as <see cref="CpdStoreException"/>), checked by the conformance suite.
/// Objectives are never deleted, so that a record's link to one never dangles.
/// </summary>
/// <remarks>Implementations are safe to use from several threads at once.</remarks>
public interface ICpdPlanStore
{
    /// <summary>Adds a new objective.</summary>
    /// <param name="objective">The objective; its id must not exist in the store.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>A task that completes when the objective is stored durably.</returns>
    /// <exception cref="CpdConflictException">An objective with that id already exists; nothing changed.</exception>
    /// <exception cref="CpdStoreException">The store could not be read or written.</exception>
    Task AddObjectiveAsync(DevelopmentObjective objective, CancellationToken cancellationToken = default);

    /// <summary>Finds one of a member's objectives.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="id">The objective id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The objective, or <see langword="null"/> when the member has none with that id.</returns>
    /// <exception cref="CpdStoreException">The store could not be read.</exception>
    Task<DevelopmentObjective?> FindObjectiveAsync(
        MemberId memberId, ObjectiveId id, CancellationToken cancellationToken = default);

    /// <summary>Lists a member's objectives, oldest first (by creation instant, then id).</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The objectives; empty when there are none.</returns>
    /// <exception cref="CpdStoreException">The store could not be read.</exception>
    Task<IReadOnlyList<DevelopmentObjective>> ListObjectivesAsync(
        MemberId memberId, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored objective with a changed one, if it is still at the expected version.</summary>
    /// <param name="objective">The changed objective; its member must own the stored one.</param>
    /// <param name="expectedVersion">The version the change was based on.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>A task that completes when the change is stored durably.</returns>
    /// <exception cref="CpdObjectiveNotFoundException">The member has no objective with that id.</exception>
    /// <exception cref="CpdObjectiveConcurrencyException">The stored objective is at another version; nothing changed.</exception>
    /// <exception cref="CpdStoreException">The store could not be read or written.</exception>
    Task UpdateObjectiveAsync(
        DevelopmentObjective objective, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Adds a review of a member's plan to its history.</summary>
    /// <param name="review">The review; its id must not exist in the store.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>A task that completes when the review is stored durably.</returns>
    /// <exception cref="CpdConflictException">A review with that id already exists; nothing changed.</exception>
    /// <exception cref="CpdStoreException">The store could not be read or written.</exception>
    Task AddPlanReviewAsync(PlanReview review, CancellationToken cancellationToken = default);

    /// <summary>Lists the reviews of a member's plan, by review date and then by when each was recorded.</summary>
    /// <param name="memberId">The member asking.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reviews; empty when there are none.</returns>
    /// <exception cref="CpdStoreException">The store could not be read.</exception>
    Task<IReadOnlyList<PlanReview>> ListPlanReviewsAsync(MemberId memberId, CancellationToken cancellationToken = default);
}
