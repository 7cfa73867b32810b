using Cpd.Domain;
using MimeKit;

namespace Cpd.Reminders.Smtp;

/// <summary>The checks on <see cref="SmtpReminderOptions"/>.</summary>
internal static class SmtpOptionRules
{
    private const int MaxPort = 65_535;

    public static IReadOnlyList<ValidationError> Check(SmtpReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidationError?[] errors =
        [
            string.IsNullOrWhiteSpace(options.Host) || options.Host.Any(char.IsControl)
                ? new ValidationError("smtp.host", ValidationRule.Required, "The SMTP server's host name is required.")
                : null,
            options.Port is < 1 or > MaxPort
                ? new ValidationError("smtp.port", ValidationRule.OutOfRange,
                    $"The SMTP port must be from 1 to {MaxPort}.")
                : null,
            Enum.IsDefined(options.TlsMode)
                ? null
                : new ValidationError("smtp.tlsMode", ValidationRule.OutOfRange,
                    "The TLS mode must be None, StartTls or SslOnConnect."),
            CheckCredentials(options),
            CheckFrom(options),
            options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromMinutes(10)
                ? new ValidationError("smtp.timeout", ValidationRule.OutOfRange,
                    "The SMTP timeout must be from 1 second to 10 minutes.")
                : null,
        ];
        return [.. errors.OfType<ValidationError>()];
    }

    private static ValidationError? CheckCredentials(SmtpReminderOptions options) =>
        string.IsNullOrEmpty(options.UserName) && !string.IsNullOrEmpty(options.Password)
            ? new ValidationError("smtp.userName", ValidationRule.Required, "A password was given without a user name.")
            : null;

    private static ValidationError? CheckFrom(SmtpReminderOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.FromAddress))
        {
            return new ValidationError(
                "smtp.fromAddress", ValidationRule.Required, "The address reminders come from is required.");
        }

        var bare = MailboxAddress.TryParse(options.FromAddress, out var parsed)
            && parsed.Address == options.FromAddress && string.IsNullOrEmpty(parsed.Name)
            && parsed.Domain.Length > 0 && parsed.LocalPart.Length > 0;
        return bare
            ? null
            : new ValidationError(
                "smtp.fromAddress", ValidationRule.Format,
                    $"'{options.FromAddress}' is not an address such as cpd@portal.example.org.");
    }
}
