using System.Globalization;

namespace Cpd.MultiHost.Tests.Hosts;

/// <summary>
/// What every host is configured with, as environment variables: PostgreSQL, one shared data folder (so that
/// the hosts share the keys that protect sign-in and antiforgery cookies, as instances behind a load balancer
/// must), the load's members, reminder dispatch to the test's SMTP server, and HTTPS on a free port.
/// </summary>
internal sealed record HostSettings(
    string ConnectionString,
    string DataDirectory,
    int SmtpPort,
    PortalCertificate Certificate,
    IReadOnlyList<LoadMember> Members)
{
    /// <summary>The address reminder emails link records under.</summary>
    public const string RecordBaseAddress = "https://portal.example.org/records/";

    /// <summary>How many reminders one dispatch pass takes: fewer than are due, so that passes follow passes.</summary>
    public const int ReminderBatchSize = 30;

    public IReadOnlyDictionary<string, string> For(string hostName)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Cpd__Store"] = "postgres",
            ["Cpd__ConnectionString"] = ConnectionString,
            ["Cpd__DataDirectory"] = DataDirectory,
            ["Kestrel__Endpoints__Https__Url"] = "https://127.0.0.1:0",
            ["Kestrel__Endpoints__Https__Certificate__Path"] = Certificate.PfxPath,
            ["Kestrel__Endpoints__Https__Certificate__Password"] = Certificate.Password,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        AddReminders(settings, hostName);
        AddMembers(settings);
        return settings;
    }

    private void AddReminders(Dictionary<string, string> settings, string hostName)
    {
        settings["Cpd__Reminders__RecordBaseAddress"] = RecordBaseAddress;
        settings["Cpd__Reminders__DispatcherId"] = hostName;
        settings["Cpd__Reminders__Interval"] = "00:00:01";
        settings["Cpd__Reminders__BatchSize"] = ReminderBatchSize.ToString(CultureInfo.InvariantCulture);
        settings["Cpd__Reminders__Smtp__Host"] = "127.0.0.1";
        settings["Cpd__Reminders__Smtp__Port"] = SmtpPort.ToString(CultureInfo.InvariantCulture);
        settings["Cpd__Reminders__Smtp__TlsMode"] = "None";
        settings["Cpd__Reminders__Smtp__FromAddress"] = "cpd@portal.example.org";
    }

    private void AddMembers(Dictionary<string, string> settings)
    {
        foreach (var (member, index) in Members.Select((member, index) => (member, index)))
        {
            var prefix = $"Cpd__DemoMembers__{index}__";
            settings[prefix + "Id"] = member.Id;
            settings[prefix + "Name"] = member.Name;
            settings[prefix + "TimeZone"] = member.TimeZone;
            settings[prefix + "EmailAddress"] = member.EmailAddress;
        }
    }
}
