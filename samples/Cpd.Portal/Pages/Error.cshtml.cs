using Cpd.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cpd.Portal.Pages;

/// <summary>
/// The page shown for an unexpected failure. It never shows the exception: the log has it, the member gets a
/// plain sentence.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>Gets the heading.</summary>
    public string Heading { get; private set; } = "Something went wrong";

    /// <summary>Gets the explanation.</summary>
    public string Explanation { get; private set; } = "The portal could not finish that request. Please try again.";

    /// <summary>Shows the page for any method the failed request used.</summary>
    public void OnGet() => Describe();

    /// <summary>Shows the page after a failed form post.</summary>
    public void OnPost() => Describe();

    private void Describe()
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is CpdStoreException)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Heading = "Your records are out of reach for a moment";
            Explanation =
                "The portal could not reach its record store, so nothing was changed. Please try again shortly.";
        }
    }
}
