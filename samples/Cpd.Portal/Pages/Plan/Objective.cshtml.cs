using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Portal.Forms;
using Cpd.Portal.Members;
using Cpd.Storage;
using Cpd.Storage.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cpd.Portal.Pages.Plan;

/// <summary>
/// One objective: its details to edit, and the records that serve it. The form carries the version it was based
/// on, so a change made meanwhile in another tab is shown to the member instead of being overwritten.
/// </summary>
/// <param name="planner">The development plan service.</param>
/// <param name="journal">The member's records.</param>
public sealed class ObjectiveModel(CpdPlanner planner, CpdJournal journal) : PageModel
{
    /// <summary>The field name prefix of the objective form.</summary>
    public const string Prefix = "Objective";

    /// <summary>Gets the objective as stored.</summary>
    public DevelopmentObjective Objective { get; private set; } = null!;

    /// <summary>Gets the form's values: as stored, or as the member typed them.</summary>
    public ObjectiveForm Form { get; private set; } = new();

    /// <summary>Gets the version the form is based on.</summary>
    public long Version { get; private set; }

    /// <summary>Gets the conflict the last save met, if any.</summary>
    public ObjectiveConflict? Conflict { get; private set; }

    /// <summary>Gets the records that serve the objective.</summary>
    public IReadOnlyList<CpdRecord> Records { get; private set; } = [];

    /// <summary>Gets the form's fields.</summary>
    public FormFieldsView Fields => new(Prefix, ModelState);

    /// <summary>Shows the objective; 404 when the member has no objective with this id.</summary>
    /// <param name="id">The objective id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, or 404.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Saves the objective's details.</summary>
    /// <param name="id">The objective id.</param>
    /// <param name="objective">The details as typed.</param>
    /// <param name="version">The version the member started from.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to the plan; the page with the problems or both versions; or 404.</returns>
    public async Task<IActionResult> OnPostAsync(
        Guid id, [FromForm(Name = Prefix)] ObjectiveForm objective, long version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ModelState.Clear();
        if (objective.Read(ModelState, Prefix) is not { } details)
        {
            return await ShowAgainAsync(
                id, objective, version, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        try
        {
            var memberId = SignedInMember.From(User).Id;
            await planner.ChangeObjectiveAsync(memberId, new ObjectiveId(id), details, version, cancellationToken);
            Flash.Tell(TempData, "Objective saved.");
            return RedirectToPage("/Plan/Plan", null, null, "objective-" + id);
        }
        catch (CpdValidationException refused)
        {
            ValidationErrors.AddTo(ModelState, refused, Prefix, ObjectiveForm.Fields);
            return await ShowAgainAsync(
                id, objective, version, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }
        catch (CpdObjectiveConflictException conflict)
        {
            // The form now rests on the stored version: saving it again is the member's informed choice.
            var shown = await ShowAgainAsync(id, objective, 0, StatusCodes.Status409Conflict, cancellationToken);
            Version = Objective?.Version ?? 0;
            Conflict = ObjectiveConflict.From(objective, conflict);
            return shown;
        }
        catch (CpdObjectiveNotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var memberId = SignedInMember.From(User).Id;
        if (id == Guid.Empty)
        {
            return false;
        }

        try
        {
            Objective = await planner.GetObjectiveAsync(memberId, new ObjectiveId(id), cancellationToken);
        }
        catch (CpdObjectiveNotFoundException)
        {
            return false;
        }

        (Form, Version) = (ObjectiveForm.From(Objective.Details), Objective.Version);
        var records = await journal.ListRecordsAsync(memberId, cancellationToken);
        Records = [.. records.Where(record => record.Objectives.Contains(Objective.Id))];
        return true;
    }

    private async Task<IActionResult> ShowAgainAsync(
        Guid id, ObjectiveForm typed, long version, int statusCode, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Form, Version) = (typed, version);
        Response.StatusCode = statusCode;
        return Page();
    }
}
