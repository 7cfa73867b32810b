using Cpd.Portal.Members;
using Cpd.Portal.Reports;
using Cpd.Reporting;
using Cpd.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cpd.Portal.Hosting;

/// <summary>The portal's composition root: the library's services, the demo sign-in, pages and cookies.</summary>
public static class PortalServices
{
    /// <summary>The demo sign-in's cookie name.</summary>
    public const string SignInCookie = "cpd-portal-signin";

    /// <summary>The antiforgery cookie name.</summary>
    public const string AntiforgeryCookie = "cpd-portal-antiforgery";

    /// <summary>The cookie that carries one-off messages from a save to the page after it.</summary>
    public const string MessageCookie = "cpd-portal-message";

    /// <summary>Adds everything the portal needs to the builder's services.</summary>
    /// <param name="builder">The web application builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddCpdPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<PortalOptions>().Bind(builder.Configuration.GetSection(PortalOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        AddLibrary(services, builder.Environment.ContentRootPath);
        builder.AddPortalReminders();
        AddSignIn(services);
        AddPages(services);
        return builder;
    }

    private static void AddLibrary(IServiceCollection services, string contentRoot)
    {
#pragma warning disable RS0030 // The composition root is the one place that chooses the real clock.
        services.TryAddSingleton<IClock>(NodaTime.SystemClock.Instance);
#pragma warning restore RS0030
        services.AddSingleton(provider =>
            PortalStorage.Open(provider.GetRequiredService<IOptions<PortalOptions>>().Value, contentRoot));
        services.AddSingleton(provider => provider.GetRequiredService<PortalStorage>().Store);
        services.AddSingleton(provider =>
            new CpdJournal(provider.GetRequiredService<ICpdRecordStore>(), provider.GetRequiredService<IClock>()));
        services.AddSingleton<CpdReportRenderer>();
        services.AddSingleton<ReportDownloads>();
        services.AddHostedService<DemoLogSeeder>();
        services.AddSingleton(provider =>
            DemoMemberList.From(provider.GetRequiredService<IOptions<PortalOptions>>().Value.DemoMembers));
    }

    private static void AddSignIn(IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IClock, IOptions<PortalOptions>>((options, clock, portal) =>
            {
                options.LoginPath = "/sign-in";
                options.LogoutPath = "/sign-out";
                options.ExpireTimeSpan = portal.Value.SignInLifetime;
                options.SlidingExpiration = true;
                options.TimeProvider = new ClockTimeProvider(clock);
                options.Cookie.Name = SignInCookie;
                MakeStrict(options.Cookie, SameSiteMode.Lax);
                options.Events.OnRedirectToLogin = ReturnToThePage;
            });
        services.AddAuthorization();

        // Sign-ins survive a restart: the keys that protect the cookies live in the data folder.
        services.AddDataProtection().SetApplicationName("Cpd.Portal");
        services.AddOptions<KeyManagementOptions>()
            .Configure<PortalStorage, ILoggerFactory>((options, storage, logging) =>
                options.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(Path.Combine(storage.DataDirectory, "keys")), logging));
    }

    private static void AddPages(IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Status");
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookie;
            MakeStrict(options.Cookie, SameSiteMode.Strict);

            // Antiforgery refuses to work over plain http with Always; behind https the cookie is Secure all the same.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // SecurityHeaders sends DENY on every response, the antiforgery default being only SAMEORIGIN.
            options.SuppressXFrameOptionsHeader = true;
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = MessageCookie;
            options.Cookie.IsEssential = true;
            MakeStrict(options.Cookie, SameSiteMode.Lax);
        });
    }

    // A form posted after the sign-in expired returns, once signed in again, to the page the form was on (where
    // the browser offers the member's draft back), not to the form's handler address.
    private static Task ReturnToThePage(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        var target = HttpMethods.IsGet(request.Method)
            ? context.RedirectUri
            : context.Options.LoginPath + QueryString.Create(
                context.Options.ReturnUrlParameter, request.PathBase + request.Path);
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    // Secure even on http://127.0.0.1: browsers treat the loopback address as a secure origin for cookies.
    private static void MakeStrict(CookieBuilder cookie, SameSiteMode sameSite)
    {
        cookie.HttpOnly = true;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.SameSite = sameSite;
    }
}
