using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Portal.Forms;
using Cpd.Portal.Hosting;
using Cpd.Portal.Members;
using Cpd.Storage;
using Cpd.Storage.Planning;
using Microsoft.AspNetCore.Mvc;

namespace Cpd.Portal.Pages.Records;

public sealed partial class RecordModel
{
    private const string ObjectiveField = "objectiveId";
    private const string ObjectiveNotFound = "Choose one of your objectives from the list.";

    /// <summary>Gets the member's objectives.</summary>
    public IReadOnlyList<DevelopmentObjective> Objectives { get; private set; } = [];

    /// <summary>Gets the objectives the record serves.</summary>
    public IReadOnlyList<DevelopmentObjective> Serving =>
        [.. Objectives.Where(objective => Record.Objectives.Contains(objective.Id))];

    /// <summary>Gets the open objectives the record does not serve yet, which it can be linked to.</summary>
    public IReadOnlyList<DevelopmentObjective> Linkable =>
        [.. Objectives.Where(objective => objective.IsOpen && !Record.Objectives.Contains(objective.Id))];

    /// <summary>Gets the error shown by the objective field of the link form, if the objective was not found.</summary>
    public FieldError? ObjectiveError =>
        ModelState.TryGetValue(ObjectiveField, out var entry) && entry.Errors.Count > 0
            ? new FieldError("link-objective-error", ObjectiveNotFound)
            : null;

    /// <summary>Gets the record this one follows up, if it still exists.</summary>
    public CpdRecord? FollowedUp { get; private set; }

    /// <summary>Gets the saved answer to "What will you do next?", if any.</summary>
    public string? NextStepsAnswer => Record.AnswerTo(NextSteps.QuestionKey)?.Text;

    /// <summary>Links the record to one of the member's objectives.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="objectiveId">The objective.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>
    /// A redirect to the record's plan links; the page with an error by the objective field when the member has no
    /// such objective; or 404 when the member has no such record.
    /// </returns>
    public Task<IActionResult> OnPostLinkAsync(Guid id, Guid objectiveId, CancellationToken cancellationToken) =>
        ChangeLinkAsync(id, objectiveId, _planner.LinkRecordAsync, "Linked to the objective.", cancellationToken);

    /// <summary>Unlinks the record from one of the member's objectives.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="objectiveId">The objective.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>
    /// A redirect to the record's plan links; the page with an error when the member has no such objective; or 404
    /// when the member has no such record.
    /// </returns>
    public Task<IActionResult> OnPostUnlinkAsync(Guid id, Guid objectiveId, CancellationToken cancellationToken) =>
        ChangeLinkAsync(id, objectiveId, _planner.UnlinkRecordAsync, "Unlinked from the objective.", cancellationToken);

    /// <summary>Turns the record's next steps into a new objective, and opens it.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to the new objective; back to the record when there are no next steps; or 404.</returns>
    public async Task<IActionResult> OnPostMakeObjectiveAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var memberId = SignedInMember.From(User).Id;
            var objective = await _planner.ObjectiveFromNextStepsAsync(
                memberId, new CpdRecordId(id), cancellationToken: cancellationToken);
            Flash.Tell(TempData, "Objective set from your next steps. Give it a target date if you like.");
            return RedirectToPage("/Plan/Objective", new { id = objective.Id.Value });
        }
        catch (CpdNextStepsMissingException)
        {
            return NoNextSteps(id);
        }
        catch (CpdRecordNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>Adds a planned record that follows up this one's next steps, and opens it.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to the new record; back to this one when there are no next steps; or 404.</returns>
    public async Task<IActionResult> OnPostPlanFollowUpAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var memberId = SignedInMember.From(User).Id;
            var planned = await _planner.PlanRecordFromNextStepsAsync(
                memberId, new CpdRecordId(id), cancellationToken: cancellationToken);
            Flash.Tell(TempData, "Follow-up record planned from your next steps. Add its date when you have done it.");
            return RedirectToPage("/Records/Record", new { id = planned.Id.Value });
        }
        catch (CpdNextStepsMissingException)
        {
            return NoNextSteps(id);
        }
        catch (CpdRecordNotFoundException)
        {
            return NotFound();
        }
    }

    private async Task LoadPlanAsync(CancellationToken cancellationToken)
    {
        Objectives = await _planner.ListObjectivesAsync(Member.Id, cancellationToken);
        FollowedUp = Record.FollowsUp is { } earlier
            ? await _journal.FindRecordAsync(Member.Id, earlier.Value, cancellationToken)
            : null;
    }

    private async Task<IActionResult> ChangeLinkAsync(
        Guid id,
        Guid objectiveId,
        Func<MemberId, CpdRecordId, ObjectiveId, CancellationToken, Task<CpdRecord>> change,
        string done,
        CancellationToken cancellationToken)
    {
        // A malformed id binds as empty; it names no objective, like an id the member has no objective for.
        if (objectiveId == Guid.Empty)
        {
            return await NoSuchObjectiveAsync(id, cancellationToken);
        }

        try
        {
            var memberId = SignedInMember.From(User).Id;
            await change(memberId, new CpdRecordId(id), new ObjectiveId(objectiveId), cancellationToken);
            Flash.Tell(TempData, done);
            return RedirectToPage(null, null, new { id }, "plan");
        }
        catch (CpdRecordNotFoundException)
        {
            return NotFound();
        }
        catch (CpdObjectiveNotFoundException)
        {
            return await NoSuchObjectiveAsync(id, cancellationToken);
        }
    }

    private Task<IActionResult> NoSuchObjectiveAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Remove(ObjectiveField);
        ModelState.AddModelError(ObjectiveField, ObjectiveNotFound);
        return ShowAgainAsync(id, StatusCodes.Status422UnprocessableEntity, cancellationToken);
    }

    private RedirectToPageResult NoNextSteps(Guid id)
    {
        Flash.Tell(TempData, "Save an answer to “What will you do next?” first.");
        return RedirectToPage(null, null, new { id }, "q-" + NextSteps.QuestionKey);
    }
}
