using System.CommandLine;
using Cpd.Domain;
using Cpd.Reminders.Smtp;

namespace Cpd.Console;

/// <summary>The options of <c>cpd reminders send</c> that say where mail goes and who it is for.</summary>
internal sealed class SmtpArguments
{
    public Option<string> Host { get; } = new("--smtp-host")
    {
        Description = "The SMTP server's host name or address.",
        Required = true,
    };

    public Option<int> Port { get; } = new("--smtp-port")
    {
        Description = "The SMTP server's port (default 25).",
        DefaultValueFactory = _ => 25,
    };

    public Option<string> Tls { get; } = new("--smtp-tls")
    {
        Description = "How the connection is secured: none, starttls or ssl.",
        HelpName = "none|starttls|ssl",
        DefaultValueFactory = _ => "none",
        CustomParser = ReminderArguments.ParseTls,
    };

    public Option<string> From { get; } = new("--from")
    {
        Description = "The address reminders come from (default: $CPD_FROM, else cpd-reminders@localhost).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CPD_FROM") is { Length: > 0 } from
            ? from
            : "cpd-reminders@localhost",
    };

    public Option<string?> Email { get; } = new("--email")
    {
        Description = "Your email address, where reminders go (default: $CPD_EMAIL).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CPD_EMAIL"),
    };

    public string EmailOf(ParseResult parse) =>
        parse.GetValue(Email) is { Length: > 0 } email
            ? email
            : throw new CpdValidationException(new ValidationError(
                "email", ValidationRule.Required,
                    "Say where reminders go: --email you@example.org, or set CPD_EMAIL."));

    public SmtpReminderOptions Options(ParseResult parse) => new()
    {
        Host = parse.GetValue(Host)!,
        Port = parse.GetValue(Port),
        TlsMode = ReminderArguments.TlsMode(parse.GetValue(Tls)!),
        FromAddress = parse.GetValue(From)!,
    };
}
