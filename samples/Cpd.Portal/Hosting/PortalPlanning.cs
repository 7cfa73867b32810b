using Cpd.Portal.Schemes;
using Cpd.Storage;
using Cpd.Storage.Planning;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cpd.Portal.Hosting;

/// <summary>The development plan and the body's schemes, added to the portal's services.</summary>
public static class PortalPlanning
{
    /// <summary>Adds the planner, the schemes and the members' enrolments; bad scheme settings stop start-up.</summary>
    /// <param name="builder">The web application builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddCpdPlanning(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SchemeSettings>().Bind(builder.Configuration.GetSection(PortalOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchemeSettings>, SchemeSettingsValidator>();
        services.AddSingleton(provider => PortalSchemes.Load(
            provider.GetRequiredService<IOptions<SchemeSettings>>().Value, builder.Environment.ContentRootPath));
        services.AddSingleton<ComplianceReader>();
        services.AddSingleton(provider => provider.GetRequiredService<ICpdRecordStore>() as ICpdPlanStore
            ?? throw new InvalidOperationException("The configured store cannot keep development plans."));
        services.AddSingleton(provider => new CpdPlanner(
            provider.GetRequiredService<ICpdPlanStore>(),
            provider.GetRequiredService<CpdJournal>(),
            provider.GetRequiredService<IClock>()));
        return builder;
    }
}
