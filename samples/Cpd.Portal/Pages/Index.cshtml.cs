using Cpd.Domain.Records;
using Cpd.Portal.Forms;
using Cpd.Portal.Members;
using Cpd.Portal.Schemes;
using Cpd.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Cpd.Portal.Pages;

/// <summary>My CPD: the member's summary and records, with filters.</summary>
public sealed class IndexModel : PageModel
{
    private readonly CpdJournal _journal;
    private readonly IClock _clock;
    private readonly ComplianceReader _compliance;

    /// <summary>Creates the page.</summary>
    /// <param name="journal">The member's journal.</param>
    /// <param name="clock">The portal's clock.</param>
    /// <param name="compliance">Works out the member's standing in their schemes.</param>
    public IndexModel(CpdJournal journal, IClock clock, ComplianceReader compliance)
    {
        _journal = journal;
        _clock = clock;
        _compliance = compliance;
    }

    /// <summary>Gets the member's standing in each of their schemes this cycle.</summary>
    public IReadOnlyList<SchemeStanding> Standings { get; private set; } = [];

    /// <summary>Gets or sets the status filter.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets the category filter.</summary>
    [BindProperty(SupportsGet = true, Name = "category")]
    public string? Category { get; set; }

    /// <summary>Gets or sets the words the title must contain.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>Gets the filters in force.</summary>
    public RecordFilter Filter => new(Status, Category, Search);

    /// <summary>Gets today on the member's calendar.</summary>
    public LocalDate Today { get; private set; }

    /// <summary>Gets the summary of all the member's records.</summary>
    public CpdSummary Summary { get; private set; } = CpdSummary.Empty;

    /// <summary>Gets the records that pass the filters.</summary>
    public IReadOnlyList<CpdRecord> Records { get; private set; } = [];

    /// <summary>Gets the summary's figures: element id suffix, value and label.</summary>
    public IReadOnlyList<(string Id, string Value, string Label)> Stats =>
    [
        ("total", Count(Summary.Total), "Records"),
        ("completed", Count(Summary.Completed), "Completed"),
        ("in-progress", Count(Summary.InProgress), "In progress"),
        ("not-started", Count(Summary.NotStarted), "Not started"),
        ("overdue", Count(Summary.Overdue), "Overdue"),
        ("hours", RecordText.InputHours(Summary.TotalHours), "Hours"),
    ];

    /// <summary>Gets the categories the member has used.</summary>
    public IReadOnlyList<string> Categories { get; private set; } = [];

    /// <summary>Shows the page.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the page's data is read.</returns>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var member = SignedInMember.From(User);
        Today = member.Today(_clock);
        var records = await _journal.ListRecordsAsync(member.Id, cancellationToken);
        Summary = CpdSummary.Of(records, Today);
        Categories = [.. records.Select(record => record.Category).OfType<string>().Distinct().Order()];
        
        // The store lists oldest first with undated records last; members look for what they did lately.
        Records = [.. records.Where(record => Filter.Matches(record, Today)).Reverse()];
        Standings = await _compliance.ReadAsync(member, cancellationToken);
    }

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
