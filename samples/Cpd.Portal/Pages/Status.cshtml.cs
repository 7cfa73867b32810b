using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cpd.Portal.Pages;

/// <summary>The page shown for an error status without a page of its own, such as 404.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>Gets the heading.</summary>
    public string Heading { get; private set; } = "Something went wrong";

    /// <summary>Gets the explanation.</summary>
    public string Explanation { get; private set; } = "Please go back and try again.";

    /// <summary>Describes the status.</summary>
    /// <param name="code">The status code.</param>
    public void OnGet(int code) => Describe(code);

    /// <summary>Describes the status of a failed form post.</summary>
    /// <param name="code">The status code.</param>
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => (
                "Page not found",
                "There is no such page or record in your CPD. It may have been deleted, or the link is wrong."),
            StatusCodes.Status400BadRequest => (
                "That form had expired",
                "Nothing was saved. Go back and reload the page: what you typed is kept in this browser and "
                + "offered back."),
            _ => (Heading, Explanation),
        };
    }
}
