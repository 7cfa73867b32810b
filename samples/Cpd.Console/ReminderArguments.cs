using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Cpd.Domain.Reminders;
using Cpd.Reminders;
using Cpd.Reminders.Smtp;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Console;

/// <summary>The options the <c>reminders</c> commands share: the send time and the portal's record address.</summary>
internal sealed class ReminderArguments
{
    /// <summary>The record address used when neither the option nor the environment names one.</summary>
    public const string DefaultBaseAddress = "http://localhost/cpd/records/";

    private static readonly LocalTimePattern HoursMinutes =
        LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);

    public Option<LocalTime> SendAt { get; } = new("--send-at")
    {
        Description = "The local time reminders are sent on their date (default 09:00).",
        HelpName = "HH:mm",
        DefaultValueFactory = _ => ReminderSchedule.Default.SendAt,
        CustomParser = ParseTime,
    };

    public Option<Uri> BaseAddress { get; } = new("--base-address")
    {
        Description = "The portal address a record's id is appended to for links " +
            $"(default: $CPD_BASE_ADDRESS, else {DefaultBaseAddress}).",
        DefaultValueFactory = _ => new Uri(
            Environment.GetEnvironmentVariable("CPD_BASE_ADDRESS") is { Length: > 0 } address
                ? address : DefaultBaseAddress,
            UriKind.RelativeOrAbsolute),
        CustomParser = result => new Uri(result.Tokens[0].Value, UriKind.RelativeOrAbsolute),
    };

    public ReminderSchedule Schedule(ParseResult parse) => new(parse.GetValue(SendAt));

    public ReminderMessageComposer Composer(ParseResult parse) => new(parse.GetValue(BaseAddress)!);

    public static string ParseTls(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "none" : result.Tokens[0].Value.ToLowerInvariant();
        if (text is not ("none" or "starttls" or "ssl"))
        {
            result.AddError($"'{text}' is not a TLS mode: use none, starttls or ssl.");
        }

        return text;
    }

    public static SmtpTlsMode TlsMode(string text) => text switch
    {
        "starttls" => SmtpTlsMode.StartTls,
        "ssl" => SmtpTlsMode.SslOnConnect,
        _ => SmtpTlsMode.None,
    };

    private static LocalTime ParseTime(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        var parsed = HoursMinutes.Parse(text);
        if (!parsed.Success)
        {
            result.AddError($"'{text}' is not a time of day: write it as HH:mm, for example 09:00.");
            return default;
        }

        return parsed.Value;
    }
}
