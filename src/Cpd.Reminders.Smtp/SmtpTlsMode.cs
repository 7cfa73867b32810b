namespace Cpd.Reminders.Smtp;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpTlsMode
{
    /// <summary>No TLS: for a relay on the same machine or a test server only.</summary>
    None,

    /// <summary>
    /// Connect in plain text, then upgrade with STARTTLS, and refuse a server that cannot (usually port 587).
    /// </summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, usually port 465).</summary>
    SslOnConnect,
}
