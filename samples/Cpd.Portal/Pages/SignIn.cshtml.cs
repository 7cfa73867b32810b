using Cpd.Portal.Members;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cpd.Portal.Pages;

/// <summary>
/// The demo sign-in. A real portal replaces this page with its own authentication; the rest of the portal reads
/// only the member id, name and time zone claims (<see cref="SignedInMember"/>).
/// </summary>
public sealed class SignInModel : PageModel
{
    private readonly DemoMemberList _members;

    /// <summary>Creates the page.</summary>
    /// <param name="members">The demo members to offer.</param>
    public SignInModel(DemoMemberList members) => _members = members;

    /// <summary>Gets or sets the local address to return to after signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Gets the members to choose from.</summary>
    public IReadOnlyList<DemoMember> Members => _members.All;

    /// <summary>Gets what went wrong with the last sign-in, if anything.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the members.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in as a demo member and returns to where the member was going.</summary>
    /// <param name="memberId">The chosen member's id.</param>
    /// <returns>A redirect, or the page with a problem.</returns>
    public async Task<IActionResult> OnPostAsync(string? memberId)
    {
        if (_members.Find(memberId) is not { } member)
        {
            Problem = "Choose one of the demo members below.";
            return Page();
        }

        const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
        await HttpContext.SignInAsync(Scheme, SignedInMember.Principal(member, Scheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
