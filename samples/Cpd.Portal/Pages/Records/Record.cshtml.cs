using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Portal.Forms;
using Cpd.Portal.Hosting;
using Cpd.Portal.Members;
using Cpd.Storage;
using Cpd.Storage.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Cpd.Portal.Pages.Records;

/// <summary>
/// One record: its details, notes and reminder, and the seven questions, each answered and saved on its own.
/// Every form carries the revision it was based on, so a change made meanwhile in another tab is shown to the
/// member instead of being overwritten.
/// </summary>
public sealed partial class RecordModel : PageModel
{
    private readonly CpdJournal _journal;
    private readonly IClock _clock;
    private readonly CpdPlanner _planner;

    /// <summary>Creates the page.</summary>
    /// <param name="journal">The member's journal.</param>
    /// <param name="clock">The portal's clock.</param>
    /// <param name="planner">The member's development plan.</param>
    public RecordModel(CpdJournal journal, IClock clock, CpdPlanner planner)
    {
        _journal = journal;
        _clock = clock;
        _planner = planner;
    }

    /// <summary>Gets the record.</summary>
    public CpdRecord Record { get; private set; } = null!;

    /// <summary>Gets the signed-in member.</summary>
    public SignedInMember Member { get; private set; } = null!;

    /// <summary>Gets today on the member's calendar.</summary>
    public LocalDate Today { get; private set; }

    /// <summary>Gets the details form's values: as saved, or as the member typed them.</summary>
    public RecordForm Details { get; private set; } = new();

    /// <summary>Gets the details as saved, which a browser draft of the details is compared with.</summary>
    public RecordForm SavedDetails => RecordForm.From(Record.Details);

    /// <summary>Gets what the record fields partial shows in the details form.</summary>
    /// <param name="state">The page's model state.</param>
    /// <returns>The fields' view.</returns>
    public RecordFieldsView DetailsFields(ModelStateDictionary state) =>
        new(DetailsPrefix, Details, SavedDetails, state);

    /// <summary>Gets the details revision the details form is based on.</summary>
    public long DetailsRevision { get; private set; }

    /// <summary>Gets the details conflict the last command met, if any.</summary>
    public DetailsConflict? DetailsConflict { get; private set; }

    /// <summary>Gets whether the details form starts open.</summary>
    public bool DetailsOpen { get; private set; }

    /// <summary>Gets the questions with their answers.</summary>
    public IReadOnlyList<QuestionView> Questions { get; private set; } = [];

    /// <summary>Gets the refused answer, if the last command was one.</summary>
    private AnswerAttempt? Attempt { get; set; }

    /// <summary>Gets the answer conflict, if the last command met one.</summary>
    private AnswerConflict? Conflict { get; set; }

    /// <summary>Shows the record; 404 when the member has no record with this id.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, or 404.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Keeps the version saved elsewhere and tells the browser to drop the member's draft.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="question">The question whose answer to keep; none for the details.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A redirect back to the record, or 404.</returns>
    public async Task<IActionResult> OnPostKeepSavedAsync(
        Guid id, string? question, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        const string Kept = "Kept the saved version; your draft was discarded.";
        if (question is not null && Record.Framework.HasQuestion(question))
        {
            Flash.Tell(TempData, Kept, DraftKeys.Answer(Record.Id, question));
            return ToQuestion(id, question);
        }

        Flash.Tell(TempData, Kept, DraftKeys.Details(Record.Id));
        return RedirectToPage(null, null, new { id }, "details");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Member = SignedInMember.From(User);
        if (await _journal.FindRecordAsync(Member.Id, id, cancellationToken) is not { } record)
        {
            return false;
        }

        Record = record;
        Today = Member.Today(_clock);
        Details = RecordForm.From(record.Details);
        DetailsRevision = record.DetailsRevision;
        var justSaved = Flash.TakeSavedAnswer(TempData);
        Questions = [.. record.Framework.Questions.Select((question, index) => View(question, index + 1, justSaved))];
        await LoadPlanAsync(cancellationToken);
        return true;
    }

    private QuestionView View(ReflectionQuestion question, int number, string? justSaved) =>
        new(Record.Id, number, question, Record.AnswerTo(question.Key), Member.TimeZone)
        {
            Attempt = Attempt?.QuestionKey == question.Key ? Attempt : null,
            Conflict = Conflict?.QuestionKey == question.Key ? Conflict : null,
            JustSaved = justSaved == question.Key,
        };

    private RedirectToPageResult ToQuestion(Guid id, string questionKey) =>
        RedirectToPage(null, null, new { id }, "q-" + questionKey);

    private async Task<IActionResult> ShowAgainAsync(
        Guid id, int statusCode, CancellationToken cancellationToken, (RecordForm Form, long Revision)? typed = null)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (typed is { } details)
        {
            (Details, DetailsRevision) = details;
            DetailsOpen = true;
        }

        Response.StatusCode = statusCode;
        return Page();
    }
}
