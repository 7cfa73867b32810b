using Cpd.Portal.Members;
using Cpd.Reminders;
using Cpd.Reminders.Smtp;
using Microsoft.Extensions.Options;

namespace Cpd.Portal.Hosting;

/// <summary>
/// Reminder emails by configuration alone: when the <c>Cpd:Reminders</c> section is present, the portal runs the
/// library's reminder dispatch in the background, emailing the demo members through an SMTP server. Every
/// instance of a portal over one PostgreSQL database may run it: each reminder is still sent once.
/// </summary>
public static class PortalReminders
{
    /// <summary>
    /// The configuration section: the dispatch options (<c>RecordBaseAddress</c>, required; <c>SendAt</c>,
    /// <c>Lease</c>, <c>BatchSize</c>, …), the pass <c>Interval</c>, and the SMTP server under <c>Smtp</c>.
    /// </summary>
    public const string Section = "Cpd:Reminders";

    /// <summary>The subsection that names the SMTP server (<see cref="SmtpReminderOptions"/>).</summary>
    public const string SmtpSection = Section + ":Smtp";

    /// <summary>
    /// Adds reminder dispatch when the configuration has a <see cref="Section"/>; does nothing otherwise. The
    /// settings are checked when the portal starts, which fails with a message naming each unusable one.
    /// </summary>
    /// <param name="builder">The web application builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddPortalReminders(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(Section);
        if (!section.Exists())
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<SmtpReminderOptions>().Bind(builder.Configuration.GetSection(SmtpSection))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpReminderOptions>, SmtpSettingsValidator>();
        services.AddSingleton<IReminderSender>(provider =>
            new SmtpReminderSender(provider.GetRequiredService<IOptions<SmtpReminderOptions>>().Value));
        services.AddSingleton<IMemberDirectory, DemoMemberDirectory>();
        services.AddCpdReminderDispatch(section);
        return builder;
    }
}
