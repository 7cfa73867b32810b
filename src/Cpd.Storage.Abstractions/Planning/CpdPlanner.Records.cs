using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;

namespace Cpd.Storage.Planning;

public sealed partial class CpdPlanner
{
    /// <summary>
    /// Links a record to an objective it serves. The link is added to the record's details as they are stored
    /// now, so a change another sitting made to the details meanwhile is kept, never overwritten.
    /// </summary>
    /// <param name="memberId">The member.</param>
    /// <param name="recordId">The record.</param>
    /// <param name="objectiveId">The objective; it must be in the member's plan.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored record; unchanged when it was already linked.</returns>
    /// <exception cref="CpdObjectiveNotFoundException">The member has no such objective; nothing changed.</exception>
    /// <exception cref="CpdRecordNotFoundException">The member has no such record.</exception>
    /// <exception cref="CpdValidationException">It serves the most objectives allowed; nothing changed.</exception>
    /// <exception cref="CpdConflictException">Other sittings kept changing the record; nothing changed.</exception>
    public async Task<CpdRecord> LinkRecordAsync(
        MemberId memberId,
        CpdRecordId recordId,
        ObjectiveId objectiveId,
        CancellationToken cancellationToken = default)
    {
        // Objectives are never deleted, so one found now cannot be gone by the time the link is stored.
        await GetObjectiveAsync(memberId, objectiveId, cancellationToken).ConfigureAwait(false);
        return await ChangeLinksAsync(memberId, recordId, links => links.With(objectiveId), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Unlinks a record from an objective, keeping whatever else is stored in its details now.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="recordId">The record.</param>
    /// <param name="objectiveId">The objective.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored record; unchanged when it was not linked.</returns>
    /// <exception cref="CpdRecordNotFoundException">The member has no such record.</exception>
    /// <exception cref="CpdConflictException">Other sittings kept changing the record; nothing changed.</exception>
    public Task<CpdRecord> UnlinkRecordAsync(
        MemberId memberId,
        CpdRecordId recordId,
        ObjectiveId objectiveId,
        CancellationToken cancellationToken = default) =>
        ChangeLinksAsync(memberId, recordId, links => links.Without(objectiveId), cancellationToken);

    /// <summary>
    /// Sets a new objective drawn from a record's next steps (see <see cref="NextSteps.ToObjective"/>) in one
    /// store write.
    /// </summary>
    /// <param name="memberId">The member.</param>
    /// <param name="recordId">The record whose next steps become the objective.</param>
    /// <param name="questionKey">The key of the next-steps question in the record's framework.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored objective.</returns>
    /// <exception cref="CpdNextStepsMissingException">The record has no next-steps answer; nothing stored.</exception>
    /// <exception cref="CpdRecordNotFoundException">The member has no such record.</exception>
    public async Task<DevelopmentObjective> ObjectiveFromNextStepsAsync(
        MemberId memberId,
        CpdRecordId recordId,
        string questionKey = NextSteps.QuestionKey,
        CancellationToken cancellationToken = default)
    {
        var source = await _journal.GetRecordAsync(memberId, recordId, cancellationToken).ConfigureAwait(false);
        var id = ObjectiveId.New(_clock.GetCurrentInstant());
        var objective = NextSteps.ToObjective(source, id, _clock, questionKey);
        await _plans.AddObjectiveAsync(objective, cancellationToken).ConfigureAwait(false);
        return objective;
    }

    /// <summary>
    /// Adds a planned record that follows a record's next steps up (see
    /// <see cref="NextSteps.PlannedRecordDetailsFrom"/>) in one store write, with the journal's current framework.
    /// </summary>
    /// <param name="memberId">The member.</param>
    /// <param name="recordId">The record whose next steps the new record follows up.</param>
    /// <param name="questionKey">The key of the next-steps question in the record's framework.</param>
    /// <param name="cancellationToken">Cancels the call before it takes effect.</param>
    /// <returns>The stored planned record.</returns>
    /// <exception cref="CpdNextStepsMissingException">The record has no next-steps answer; nothing stored.</exception>
    /// <exception cref="CpdRecordNotFoundException">The member has no such record.</exception>
    public async Task<CpdRecord> PlanRecordFromNextStepsAsync(
        MemberId memberId,
        CpdRecordId recordId,
        string questionKey = NextSteps.QuestionKey,
        CancellationToken cancellationToken = default)
    {
        var source = await _journal.GetRecordAsync(memberId, recordId, cancellationToken).ConfigureAwait(false);
        var details = NextSteps.PlannedRecordDetailsFrom(source, questionKey);
        return await _journal.AddRecordAsync(memberId, details, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CpdRecord> ChangeLinksAsync(
        MemberId memberId,
        CpdRecordId recordId,
        Func<ObjectiveSet, ObjectiveSet> change,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var record = await _journal.GetRecordAsync(memberId, recordId, cancellationToken).ConfigureAwait(false);
            var details = record.Details with { Objectives = change(record.Objectives) };
            try
            {
                return await _journal
                    .ChangeDetailsAsync(memberId, recordId, details, record.DetailsRevision, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (CpdDetailsConflictException) when (attempt < CpdJournal.MaxAttempts)
            {
                // The details changed after this reading: add the link to what is stored now instead.
            }
        }
    }
}
