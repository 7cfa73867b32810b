using Cpd.Reminders.Smtp;
using Microsoft.Extensions.Options;

namespace Cpd.Portal.Hosting;

/// <summary>
/// Checks the <c>Cpd:Reminders:Smtp</c> settings with the library's own rules when the portal starts.
/// </summary>
public sealed class SmtpSettingsValidator : IValidateOptions<SmtpReminderOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SmtpReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(error => $"{PortalReminders.SmtpSection}: {error.Message}"));
    }
}
