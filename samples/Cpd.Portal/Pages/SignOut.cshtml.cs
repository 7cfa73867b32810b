using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cpd.Portal.Pages;

/// <summary>Signs the member out. Drafts stay in the browser, keyed by member, until saved or discarded.</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>Signing out takes a form post; a plain visit goes home.</summary>
    /// <returns>A redirect.</returns>
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>Signs out.</summary>
    /// <returns>A redirect to the sign-in page.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/sign-in");
    }
}
