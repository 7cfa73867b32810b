using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Portal.Forms;
using Cpd.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Cpd.Portal.Pages.Records;

public sealed partial class RecordModel
{
    /// <summary>Saves one answer.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="questionKey">The question.</param>
    /// <param name="text">The answer as typed.</param>
    /// <param name="revision">The answer revision the member started from.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to the saved answer; the page with the problem or both versions; or 404.</returns>
    public async Task<IActionResult> OnPostSaveAnswerAsync(
        Guid id, string questionKey, string? text, long revision, CancellationToken cancellationToken)
    {
        var memberId = Members.SignedInMember.From(User).Id;
        try
        {
            await _journal.SaveAnswerAsync(
                memberId, new CpdRecordId(id), questionKey, text ?? string.Empty, revision, cancellationToken);
            Flash.SavedAnswer(TempData, questionKey);
            return ToQuestion(id, questionKey);
        }
        catch (CpdAnswerConflictException conflict)
        {
            Conflict = AnswerConflict.From(conflict);
            return await ShowAgainAsync(id, StatusCodes.Status409Conflict, cancellationToken);
        }
        catch (CpdValidationException refused)
        {
            Attempt = new AnswerAttempt(questionKey, text ?? string.Empty, revision, AnswerProblem(refused));
            return await ShowAgainAsync(id, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }
        catch (CpdConcurrencyException)
        {
            Attempt = new AnswerAttempt(questionKey, text ?? string.Empty, revision, Busy);
            return await ShowAgainAsync(id, StatusCodes.Status409Conflict, cancellationToken);
        }
        catch (CpdRecordNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>Clears one answer; the record is no longer complete.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="questionKey">The question.</param>
    /// <param name="revision">The answer revision the member saw.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to the question; the page with both versions; or 404.</returns>
    public async Task<IActionResult> OnPostClearAnswerAsync(
        Guid id, string questionKey, long revision, CancellationToken cancellationToken)
    {
        var recordId = new CpdRecordId(id);
        try
        {
            var memberId = Members.SignedInMember.From(User).Id;
            await _journal.ClearAnswerAsync(memberId, recordId, questionKey, revision, cancellationToken);
            Flash.Tell(TempData, "Answer cleared.", DraftKeys.Answer(recordId, questionKey));
            return ToQuestion(id, questionKey);
        }
        catch (CpdAnswerConflictException conflict)
        {
            Conflict = AnswerConflict.From(conflict);
            return await ShowAgainAsync(id, StatusCodes.Status409Conflict, cancellationToken);
        }
        catch (Exception problem) when (problem is CpdLifecycleException or CpdValidationException)
        {
            Flash.Tell(TempData, "There was no saved answer to clear.");
            return ToQuestion(id, questionKey);
        }
        catch (CpdRecordNotFoundException)
        {
            return NotFound();
        }
    }

    private const string Busy = "The record was being changed in several places at once, so nothing was saved. "
        + "Please save again.";

    private static string AnswerProblem(CpdValidationException refused) =>
        refused.Errors.Any(error => error.Rule == ValidationRule.Required)
            ? "Write an answer before saving it; to remove a saved answer, use Clear answer."
            : string.Join(" ", refused.Errors.Select(error => error.Message));
}
