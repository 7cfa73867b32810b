using Cpd.Domain;
using Cpd.Portal.Forms;
using Cpd.Portal.Members;
using Cpd.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cpd.Portal.Pages.Records;

/// <summary>Adds a record: a title, and optionally the date, category, hours, quick notes and a reminder.</summary>
public sealed class NewModel : PageModel
{
    /// <summary>The browser draft key of the new record form.</summary>
    public const string DraftKey = "new-record";

    private readonly CpdJournal _journal;

    /// <summary>Creates the page.</summary>
    /// <param name="journal">The member's journal.</param>
    public NewModel(CpdJournal journal) => _journal = journal;

    /// <summary>Gets or sets the form as the member filled it in.</summary>
    [BindProperty]
    public RecordForm Form { get; set; } = new();

    /// <summary>Gets what the record fields partial shows.</summary>
    /// <param name="state">The page's model state.</param>
    /// <returns>The fields' view.</returns>
    public RecordFieldsView Fields(ModelStateDictionary state) => new(nameof(Form), Form, null, state);

    /// <summary>Shows the empty form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Adds the record and opens it; or shows the form again with the member's input and the errors.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect to the new record, or the page.</returns>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (Form.Read(ModelState, nameof(Form)) is not { } details)
        {
            return Refused();
        }

        try
        {
            var record = await _journal.AddRecordAsync(SignedInMember.From(User).Id, details, cancellationToken);
            Flash.Tell(TempData, "Record added. Answer the questions below now or whenever you are ready.", DraftKey);
            return RedirectToPage("/Records/Record", new { id = record.Id.Value });
        }
        catch (CpdValidationException refused)
        {
            ValidationErrors.AddTo(ModelState, refused, nameof(Form));
            return Refused();
        }
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
