using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Portal.Forms;
using Cpd.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Cpd.Portal.Pages.Records;

public sealed partial class RecordModel
{
    /// <summary>The form field prefix of the details form.</summary>
    public const string DetailsPrefix = "Details";

    /// <summary>Saves the details: title, date, category, hours, notes and reminder.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="details">The details as typed.</param>
    /// <param name="detailsRevision">The details revision the member started from.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to the details; the page with the problems or both versions; or 404.</returns>
    public async Task<IActionResult> OnPostDetailsAsync(
        Guid id,
        [FromForm(Name = DetailsPrefix)] RecordForm details,
        long detailsRevision,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        ModelState.Clear();
        if (details.Read(ModelState, DetailsPrefix) is not { } read)
        {
            return await ShowAgainAsync(
                id, StatusCodes.Status422UnprocessableEntity, cancellationToken, (details, detailsRevision));
        }

        try
        {
            var memberId = Members.SignedInMember.From(User).Id;
            await _journal.ChangeDetailsAsync(memberId, new CpdRecordId(id), read, detailsRevision, cancellationToken);
            Flash.Tell(TempData, "Details saved.");
            return RedirectToPage(null, null, new { id }, "details");
        }
        catch (CpdValidationException refused)
        {
            ValidationErrors.AddTo(ModelState, refused, DetailsPrefix);
            return await ShowAgainAsync(
                id, StatusCodes.Status422UnprocessableEntity, cancellationToken, (details, detailsRevision));
        }
        catch (CpdDetailsConflictException conflict)
        {
            // The form now rests on the stored revision: saving it again is the member's informed choice.
            var shown = await ShowAgainAsync(id, StatusCodes.Status409Conflict, cancellationToken);
            (Details, DetailsOpen) = (details, true);
            DetailsConflict = DetailsConflict.From(details, conflict);
            return shown;
        }
        catch (CpdRecordNotFoundException)
        {
            return NotFound();
        }
    }
}
