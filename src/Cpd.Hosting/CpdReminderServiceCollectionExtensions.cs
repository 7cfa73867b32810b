using Cpd.Hosting;
using Cpd.Reminders;
using Cpd.Storage;
using Cpd.Storage.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Cpd.Library's reminder dispatch to a host's services.</summary>
public static class CpdReminderServiceCollectionExtensions
{
    /// <summary>
    /// Adds a <see cref="ReminderDispatcher"/> and the <see cref="ReminderDispatchService"/> that runs it, with
    /// options bound from a configuration section and checked when the host starts.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">
    /// The section with the <see cref="ReminderDispatchOptions"/> (<c>SendAt</c> as <c>09:00:00</c>, durations
    /// such as <c>Lease</c> as <c>0:00:10:00</c>, <c>RecordBaseAddress</c>, …) and the pass <c>Interval</c>
    /// (<c>00:01:00</c>).
    /// </param>
    /// <returns>The services, for chaining.</returns>
    /// <remarks>
    /// The host registers the rest: an <see cref="ICpdRecordStore"/> (which, if it also implements
    /// <see cref="ICpdReminderStore"/>, serves both), an <see cref="IMemberDirectory"/>, an
    /// <see cref="IReminderSender"/> and a NodaTime <see cref="IClock"/>. Dispatch events are logged unless
    /// another <see cref="IReminderDispatchListener"/> is registered.
    /// </remarks>
    public static IServiceCollection AddCpdReminderDispatch(
        this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ReminderDispatchOptions>().Bind(configuration).ValidateOnStart();
        services.AddOptions<ReminderDispatchServiceOptions>().Bind(configuration).ValidateOnStart();
        return services.AddDispatchServices();
    }

    /// <summary>
    /// Adds reminder dispatch with options set in code; see the other overload for what the host registers.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the dispatcher's options.</param>
    /// <param name="interval">The wait between passes; <see langword="null"/> for 1 minute.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCpdReminderDispatch(
        this IServiceCollection services, Action<ReminderDispatchOptions> configure, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ReminderDispatchOptions>().Configure(configure).ValidateOnStart();
        services.AddOptions<ReminderDispatchServiceOptions>()
            .Configure(options => options.Interval = interval ?? options.Interval)
            .ValidateOnStart();
        return services.AddDispatchServices();
    }

    private static IServiceCollection AddDispatchServices(this IServiceCollection services)
    {
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<ReminderDispatchOptions>, ReminderDispatchOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor
            .Singleton<IValidateOptions<ReminderDispatchServiceOptions>, ReminderDispatchServiceOptionsValidator>());
        services.TryAddSingleton<IReminderDispatchListener, LoggingReminderDispatchListener>();
        services.TryAddSingleton(provider => provider.GetRequiredService<ICpdRecordStore>() as ICpdReminderStore
            ?? throw new InvalidOperationException(
                "Reminder dispatch needs a store that keeps reminder claims: register an ICpdReminderStore."));
        services.TryAddSingleton(CreateDispatcher);
        services.AddHostedService<ReminderDispatchService>();
        return services;
    }

    private static ReminderDispatcher CreateDispatcher(IServiceProvider provider) => new(
        provider.GetRequiredService<ICpdRecordStore>(),
        provider.GetRequiredService<ICpdReminderStore>(),
        provider.GetRequiredService<IMemberDirectory>(),
        provider.GetRequiredService<IReminderSender>(),
        provider.GetRequiredService<IClock>(),
        provider.GetRequiredService<IOptions<ReminderDispatchOptions>>().Value,
        provider.GetService<IReminderDispatchListener>());
}
