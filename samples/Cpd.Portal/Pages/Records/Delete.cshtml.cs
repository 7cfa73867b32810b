using Cpd.Domain.Records;
using Cpd.Portal.Forms;
using Cpd.Portal.Hosting;
using Cpd.Portal.Members;
using Cpd.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cpd.Portal.Pages.Records;

/// <summary>Asks the member to confirm, then deletes the record if it is still as they saw it.</summary>
public sealed class DeleteModel : PageModel
{
    private readonly CpdJournal _journal;

    /// <summary>Creates the page.</summary>
    /// <param name="journal">The member's journal.</param>
    public DeleteModel(CpdJournal journal) => _journal = journal;

    /// <summary>Gets the record.</summary>
    public CpdRecord Record { get; private set; } = null!;

    /// <summary>Gets whether the last attempt found the record changed since the member saw it.</summary>
    public bool ChangedMeanwhile { get; private set; }

    /// <summary>Shows the confirmation; 404 when the member has no record with this id.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, or 404.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Deletes the record, if it is still at the version the member confirmed.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="version">The record version the member saw.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to My CPD; the page again when the record changed meanwhile; or 404.</returns>
    public async Task<IActionResult> OnPostAsync(Guid id, long version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await _journal.DeleteRecordAsync(Record.MemberId, Record.Id, version, cancellationToken);
            Flash.Tell(TempData, $"Deleted “{Record.Title}”.", DraftKeys.AllOf(Record.Id));
            return LocalRedirect("/");
        }
        catch (CpdConcurrencyException)
        {
            ChangedMeanwhile = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        catch (CpdRecordNotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var member = SignedInMember.From(User);
        if (await _journal.FindRecordAsync(member.Id, id, cancellationToken) is not { } record)
        {
            return false;
        }

        Record = record;
        return true;
    }
}
