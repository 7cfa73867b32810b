using Cpd.Domain;

namespace Cpd.Reminders.Smtp;

/// <summary>Where and how <see cref="SmtpReminderSender"/> hands reminders to an SMTP server.</summary>
/// <remarks>
/// Settable so that a host can bind it from configuration; a sender copies the values when it is created.
/// Keep <see cref="Password"/> in the host's secret store, not in a settings file.
/// </remarks>
public sealed class SmtpReminderOptions
{
    /// <summary>Gets or sets the SMTP server's host name or address.</summary>
    /// <value>Required.</value>
    public string Host { get; set; } = string.Empty;

    /// <summary>Gets or sets the SMTP server's port.</summary>
    /// <value>587 by default; from 1 to 65535.</value>
    public int Port { get; set; } = 587;

    /// <summary>Gets or sets how the connection is secured.</summary>
    /// <value><see cref="SmtpTlsMode.StartTls"/> by default.</value>
    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.StartTls;

    /// <summary>
    /// Gets or sets the user name to authenticate with, or <see langword="null"/> to send without authenticating.
    /// </summary>
    public string? UserName { get; set; }

    /// <summary>Gets or sets the password that goes with <see cref="UserName"/>.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the address reminders come from, such as <c>cpd@portal.example.org</c>.</summary>
    /// <value>Required.</value>
    public string FromAddress { get; set; } = string.Empty;

    /// <summary>Gets or sets the name shown with <see cref="FromAddress"/>.</summary>
    /// <value><c>CPD reminders</c> by default.</value>
    public string FromName { get; set; } = "CPD reminders";

    /// <summary>Gets or sets how long one SMTP command may take before the send fails.</summary>
    /// <value>30 seconds by default; from 1 second to 10 minutes.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks every value and collects each problem found.</summary>
    /// <returns>The problems; empty when the options are usable.</returns>
    public IReadOnlyList<ValidationError> Validate() => SmtpOptionRules.Check(this);

    /// <summary>Checks every value.</summary>
    /// <exception cref="CpdValidationException">A value is unusable; every problem is listed.</exception>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new CpdValidationException(errors);
        }
    }
}
