using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Portal.Forms;
using Cpd.Portal.Members;
using Cpd.Storage.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Cpd.Portal.Pages.Plan;

/// <summary>
/// The member's development plan: their objectives and how far each has got, planned against unplanned
/// activity, and the plan's reviews.
/// </summary>
/// <param name="planner">The development plan service.</param>
/// <param name="clock">The portal's clock.</param>
public sealed class PlanModel(CpdPlanner planner, IClock clock) : PageModel
{
    /// <summary>The field name prefix of the new objective form.</summary>
    public const string ObjectivePrefix = "Objective";

    /// <summary>The field name prefix of the review form.</summary>
    public const string ReviewPrefix = "Review";

    /// <summary>Gets the plan's progress.</summary>
    public PlanProgress Progress { get; private set; } = null!;

    /// <summary>Gets the plan's reviews, latest first.</summary>
    public IReadOnlyList<PlanReview> Reviews { get; private set; } = [];

    /// <summary>Gets the new objective form's values.</summary>
    public ObjectiveForm Objective { get; private set; } = new() { Status = nameof(ObjectiveStatus.Planned) };

    /// <summary>Gets the review form's values.</summary>
    public ReviewForm Review { get; private set; } = new();

    /// <summary>Gets the status change that met a change made elsewhere, if the last command did.</summary>
    public (DevelopmentObjective Stored, ObjectiveStatus Mine)? StatusConflict { get; private set; }

    /// <summary>Gets the new objective form's fields.</summary>
    public FormFieldsView ObjectiveFields => new(ObjectivePrefix, ModelState);

    /// <summary>Gets the review form's fields.</summary>
    public FormFieldsView ReviewFields => new(ReviewPrefix, ModelState);

    /// <summary>Shows the plan.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the page's data is read.</returns>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Review.ReviewedOn = RecordText.InputDate(SignedInMember.From(User).Today(clock));
        await LoadAsync(cancellationToken);
    }

    /// <summary>Sets a new objective; or shows the form again with what was typed and the problems.</summary>
    /// <param name="objective">The objective as typed.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to the plan, or the page with the problems.</returns>
    public async Task<IActionResult> OnPostAddObjectiveAsync(
        [FromForm(Name = ObjectivePrefix)] ObjectiveForm objective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ModelState.Clear();
        Objective = objective;
        if (objective.Read(ModelState, ObjectivePrefix) is not { } details)
        {
            return await ShowAgainAsync(StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        try
        {
            var set = await planner.SetObjectiveAsync(SignedInMember.From(User).Id, details, cancellationToken);
            Flash.Tell(TempData, $"Objective set: {set.Title}.");
            return RedirectToPage(null, null, null, "objectives");
        }
        catch (CpdValidationException refused)
        {
            ValidationErrors.AddTo(ModelState, refused, ObjectivePrefix, ObjectiveForm.Fields);
            return await ShowAgainAsync(StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }
    }

    /// <summary>Changes an objective's status; another member's objective is not found.</summary>
    /// <param name="objectiveId">The objective.</param>
    /// <param name="status">The new status.</param>
    /// <param name="version">The objective's version the member saw.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to the plan; the page with both versions; or 404.</returns>
    public async Task<IActionResult> OnPostStatusAsync(
        Guid objectiveId, string? status, long version, CancellationToken cancellationToken)
    {
        if (objectiveId == Guid.Empty || PlanText.ReadStatus(status) is not { } chosen)
        {
            return NotFound();
        }

        var memberId = SignedInMember.From(User).Id;
        try
        {
            var id = new ObjectiveId(objectiveId);
            var changed = await planner.ChangeObjectiveStatusAsync(memberId, id, chosen, version, cancellationToken);
            Flash.Tell(TempData, $"{changed.Title}: {PlanText.Status(changed.Status).ToLowerInvariant()}.");
            return RedirectToPage(null, null, null, "objective-" + objectiveId);
        }
        catch (CpdObjectiveConflictException)
        {
            var stored = await planner.GetObjectiveAsync(memberId, new ObjectiveId(objectiveId), cancellationToken);
            StatusConflict = (stored, chosen);
            return await ShowAgainAsync(StatusCodes.Status409Conflict, cancellationToken);
        }
        catch (CpdObjectiveNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>Records a review of the plan; or shows the form again with what was typed and the problems.</summary>
    /// <param name="review">The review as typed.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to the reviews, or the page with the problems.</returns>
    public async Task<IActionResult> OnPostReviewAsync(
        [FromForm(Name = ReviewPrefix)] ReviewForm review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        ModelState.Clear();
        Review = review;
        var key = $"{ReviewPrefix}.{nameof(ReviewForm.ReviewedOn)}";
        var reviewedOn = ObjectiveForm.ReadDate(review.ReviewedOn, ModelState, key);
        if (reviewedOn is null && ModelState.ErrorCount == 0)
        {
            ModelState.AddModelError(key, "Enter the date of the review.");
        }

        if (reviewedOn is not { } date)
        {
            CheckOutcome(review.Outcome);
            return await ShowAgainAsync(StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        try
        {
            var memberId = SignedInMember.From(User).Id;
            await planner.ReviewPlanAsync(memberId, date, review.Outcome ?? string.Empty, cancellationToken);
            Flash.Tell(TempData, "Review recorded.");
            return RedirectToPage(null, null, null, "reviews");
        }
        catch (CpdValidationException refused)
        {
            ValidationErrors.AddTo(ModelState, refused, ReviewPrefix, ReviewForm.Fields);
            return await ShowAgainAsync(StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var member = SignedInMember.From(User);
        Progress = await planner.GetProgressAsync(member.Id, member.TimeZone, cancellationToken);
        var reviews = await planner.ListReviewsAsync(member.Id, cancellationToken);
        Reviews = [.. reviews.OrderByDescending(review => review.ReviewedOn).ThenByDescending(r => r.RecordedAt)];
    }

    private async Task<PageResult> ShowAgainAsync(int statusCode, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Response.StatusCode = statusCode;
        return Page();
    }

    private void CheckOutcome(string? outcome)
    {
        // The date is unusable, so the library's rules are checked with today's date to find the other problems.
        try
        {
            var member = SignedInMember.From(User);
            PlanReview.Record(member.Id, member.Today(clock), outcome, clock);
        }
        catch (CpdValidationException refused)
        {
            ObjectiveForm.AddUnlessFieldHasOne(ModelState, ReviewPrefix, refused.Errors, ReviewForm.Fields);
        }
    }
}
