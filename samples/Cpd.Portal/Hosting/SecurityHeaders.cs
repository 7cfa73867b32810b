namespace Cpd.Portal.Hosting;

/// <summary>The security headers every response carries, and the stricter policy of downloaded reports.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The pages' content security policy: scripts, styles and images only from the portal itself, no inline
    /// script or style, no framing, forms posting only back to the portal.
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>
    /// A downloaded HTML report's policy: its own inline styles, nothing else, sandboxed, should a browser open it
    /// from the portal rather than save it.
    /// </summary>
    public const string ReportPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; "
        + "form-action 'none'; sandbox";

    /// <summary>Adds the headers to a response, and keeps signed-in pages out of every cache.</summary>
    /// <param name="context">The request.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task that completes with the pipeline.</returns>
    public static Task Apply(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        context.Response.OnStarting(() => KeepPrivate(context));
        return next(context);
    }

    private static Task KeepPrivate(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.Response.Headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }
}
