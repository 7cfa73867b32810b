using Cpd.Portal.Members;
using Cpd.Portal.Schemes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cpd.Portal.Pages;

/// <summary>This cycle: for each of the member's schemes, what counts so far and what is left to do.</summary>
/// <param name="compliance">Works out the member's standing.</param>
public sealed class ComplianceModel(ComplianceReader compliance) : PageModel
{
    /// <summary>Gets the member's standing in each scheme.</summary>
    public IReadOnlyList<SchemeStanding> Standings { get; private set; } = [];

    /// <summary>Shows the page.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the page's data is read.</returns>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Standings = await compliance.ReadAsync(SignedInMember.From(User), cancellationToken);
}
