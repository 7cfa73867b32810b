using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage.Planning;

/// <summary>
/// A member's development plan: the commands that set and change objectives, link records to them, turn a
/// record's next steps into the plan, review the plan and show its progress. It is the plan-side sibling of
/// <see cref="CpdJournal"/>, and changes records only through it, so that record conflicts behave as they do
/// everywhere else.
/// </summary>
/// <remarks>
/// <para>
/// Turning next steps into the plan is one step: each such call makes exactly one store write, which adds the
/// new objective or the new planned record whole, or nothing at all. The source record is only read, never
/// changed. The call is not idempotent: calling it twice adds two objectives (or records).
/// </para>
/// <para>Safe to use from several threads at once, as long as the stores are.</para>
/// </remarks>
public sealed partial class CpdPlanner
{
    private readonly ICpdPlanStore _plans;
    private readonly CpdJournal _journal;
    private readonly IClock _clock;

    /// <summary>Creates a planner.</summary>
    /// <param name="plans">Where objectives and plan reviews are kept.</param>
    /// <param name="journal">The journal of the same member's records.</param>
    /// <param name="clock">The clock that stamps every change and decides the member's today.</param>
    public CpdPlanner(ICpdPlanStore plans, CpdJournal journal, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(clock);
        _plans = plans;
        _journal = journal;
        _clock = clock;
    }

    /// <summary>Sets a new objective in the member's plan.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="details">The title, why, target date, what it serves and its status.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored objective, at version 1.</returns>
    /// <exception cref="CpdValidationException">A field is invalid; nothing was stored.</exception>
    /// <exception cref="CpdStoreException">The store failed; nothing was stored.</exception>
    public async Task<DevelopmentObjective> SetObjectiveAsync(
        MemberId memberId, ObjectiveDetails details, CancellationToken cancellationToken = default)
    {
        var id = ObjectiveId.New(_clock.GetCurrentInstant());
        var objective = DevelopmentObjective.Create(id, memberId, details, _clock);
        await _plans.AddObjectiveAsync(objective, cancellationToken).ConfigureAwait(false);
        return objective;
    }

    /// <summary>Gets one of the member's objectives.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="id">The objective id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The objective.</returns>
    /// <exception cref="CpdObjectiveNotFoundException">The member has no such objective.</exception>
    public async Task<DevelopmentObjective> GetObjectiveAsync(
        MemberId memberId, ObjectiveId id, CancellationToken cancellationToken = default) =>
        await _plans.FindObjectiveAsync(memberId, id, cancellationToken).ConfigureAwait(false)
        ?? throw new CpdObjectiveNotFoundException(id);

    /// <summary>Lists the member's objectives, oldest first.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The objectives.</returns>
    public Task<IReadOnlyList<DevelopmentObjective>> ListObjectivesAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        _plans.ListObjectivesAsync(memberId, cancellationToken);

    /// <summary>Changes an objective; see <see cref="DevelopmentObjective.Change"/>.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="id">The objective id.</param>
    /// <param name="details">The details as the member wants them now, status included.</param>
    /// <param name="expectedVersion">The objective version the member started from.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored objective.</returns>
    /// <exception cref="CpdValidationException">A field is invalid; nothing changed.</exception>
    /// <exception cref="CpdObjectiveConflictException">
    /// The objective was changed meanwhile elsewhere; nothing changed, and both versions are carried.
    /// </exception>
    /// <exception cref="CpdObjectiveNotFoundException">The member has no such objective.</exception>
    public Task<DevelopmentObjective> ChangeObjectiveAsync(
        MemberId memberId,
        ObjectiveId id,
        ObjectiveDetails details,
        long expectedVersion,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(memberId, id, objective => objective.Change(details, expectedVersion, _clock), cancellationToken);

    /// <summary>Moves an objective to another status, keeping the rest of its details.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="id">The objective id.</param>
    /// <param name="status">Where the objective stands now.</param>
    /// <param name="expectedVersion">The objective version the member started from.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored objective.</returns>
    /// <exception cref="CpdValidationException">The status is not one of the known ones; nothing changed.</exception>
    /// <exception cref="CpdObjectiveConflictException">It was changed meanwhile elsewhere; nothing changed.</exception>
    /// <exception cref="CpdObjectiveNotFoundException">The member has no such objective.</exception>
    public Task<DevelopmentObjective> ChangeObjectiveStatusAsync(
        MemberId memberId,
        ObjectiveId id,
        ObjectiveStatus status,
        long expectedVersion,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(
            memberId,
            id,
            objective => objective.Change(objective.Details with { Status = status }, expectedVersion, _clock),
            cancellationToken);

    /// <summary>Records a review of the member's plan.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="reviewedOn">The date of the review, on the member's calendar.</param>
    /// <param name="outcome">What came of it, exactly as the member wrote it.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored review.</returns>
    /// <exception cref="CpdValidationException">The date or outcome is invalid; nothing was stored.</exception>
    public async Task<PlanReview> ReviewPlanAsync(
        MemberId memberId, LocalDate reviewedOn, string outcome, CancellationToken cancellationToken = default)
    {
        var review = PlanReview.Record(memberId, reviewedOn, outcome, _clock);
        await _plans.AddPlanReviewAsync(review, cancellationToken).ConfigureAwait(false);
        return review;
    }

    /// <summary>Lists the reviews of the member's plan, by review date.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reviews.</returns>
    public Task<IReadOnlyList<PlanReview>> ListReviewsAsync(
        MemberId memberId, CancellationToken cancellationToken = default) =>
        _plans.ListPlanReviewsAsync(memberId, cancellationToken);

    /// <summary>
    /// Takes the progress of the member's plan on their own calendar, today. The objectives, records and reviews
    /// are read one after another, not as one snapshot: a change made meanwhile may show in one read and not yet
    /// in another.
    /// </summary>
    /// <param name="memberId">The member.</param>
    /// <param name="zone">The member's time zone.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The progress.</returns>
    public async Task<PlanProgress> GetProgressAsync(
        MemberId memberId, DateTimeZone zone, CancellationToken cancellationToken = default)
    {
        var today = MemberTimeZone.Today(_clock, zone);
        var objectives = await _plans.ListObjectivesAsync(memberId, cancellationToken).ConfigureAwait(false);
        var records = await _journal.ListRecordsAsync(memberId, cancellationToken).ConfigureAwait(false);
        var reviews = await _plans.ListPlanReviewsAsync(memberId, cancellationToken).ConfigureAwait(false);
        return PlanProgress.Of(memberId, objectives, records, reviews, today);
    }

    private async Task<DevelopmentObjective> ChangeAsync(
        MemberId memberId,
        ObjectiveId id,
        Func<DevelopmentObjective, DevelopmentObjective> command,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetObjectiveAsync(memberId, id, cancellationToken).ConfigureAwait(false);
            var changed = command(current);
            if (ReferenceEquals(changed, current))
            {
                return current;
            }

            try
            {
                await _plans.UpdateObjectiveAsync(changed, current.Version, cancellationToken).ConfigureAwait(false);
                return changed;
            }
            catch (CpdObjectiveConcurrencyException) when (attempt < CpdJournal.MaxAttempts)
            {
                // Another sitting wrote between the read and the write: the next reading decides whether the
                // member's change still applies or is a conflict to show them.
            }
        }
    }
}
