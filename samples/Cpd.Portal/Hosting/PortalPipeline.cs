using Cpd.Portal.Reports;

namespace Cpd.Portal.Hosting;

/// <summary>The portal's request pipeline.</summary>
public static class PortalPipeline
{
    /// <summary>Sets up error pages, security headers, static files, sign-in, pages and report downloads.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static WebApplication UseCpdPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use(SecurityHeaders.Apply);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapReportDownloads();
        return app;
    }
}
