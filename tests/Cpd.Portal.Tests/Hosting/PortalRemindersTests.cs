using Cpd.Hosting;
using Cpd.Portal.Tests.Support;
using Cpd.Reminders.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cpd.Portal.Tests.Hosting;

public sealed class PortalRemindersTests
{
    /// <summary>
    /// Amara's incomplete records in the sample log whose reminder is due at noon in London on 3 December 2026
    /// (09:00 on their date or earlier); the completed one and those due later get no message.
    /// </summary>
    private static readonly string[] DueOnTheDemoDate =
    [
        "Accessibility training: inclusive lab practices",
        "Attended Photon 2026 — Ångström-scale imaging session",
        "Hackathon: open data for climate physics",
        "Internal seminar: uncertainty budgets in metrology",
        "Reading: review article on perovskite solar cell stability",
        "Reviewed ISO/IEC 17025 clause changes for our lab",
        "Self-study: group theory refresher (chapters 1–4)",
    ];

    [Fact]
    public async Task WithoutTheRemindersSection_RunsNoDispatch()
    {
        await using var portal = new PortalFactory();

        Assert.DoesNotContain(
            portal.Services.GetServices<IHostedService>(), service => service is ReminderDispatchService);
    }

    [Fact]
    public async Task WithTheRemindersSection_EmailsEachDueReminderOfTheDemoMembersOnce()
    {
        await using var mail = await InProcessSmtpServer.StartAsync();
        await using var portal = new PortalFactory(settings: RemindersThrough(mail.Port));

        _ = portal.Services;
        var received = await WaitForAsync(mail, DueOnTheDemoDate.Length);

        Assert.Equal(
            DueOnTheDemoDate,
            received.Select(email => (email.Message.Subject ?? string.Empty).Split(": reminder")[0])
                .Order(StringComparer.Ordinal));
        Assert.All(received, email => Assert.Equal(["amara.okafor@example.org"], email.EnvelopeTo));
        Assert.Equal(DueOnTheDemoDate.Length, received.Select(email => email.Message.MessageId).Distinct().Count());
        Assert.All(received, email => Assert.Contains(
            "https://portal.example.org/records/", email.Message.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithAnUnusableSmtpSetting_RefusesToStartNamingIt()
    {
        var settings = new Dictionary<string, string>(RemindersThrough(25)) { ["Cpd:Reminders:Smtp:Host"] = "" };

        var run = await PortalProcess.RunAsync(settings);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith("Cpd:Reminders:Smtp", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> RemindersThrough(int port) => new()
    {
        ["Cpd:Reminders:RecordBaseAddress"] = "https://portal.example.org/records/",
        ["Cpd:Reminders:Smtp:Host"] = "127.0.0.1",
        ["Cpd:Reminders:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cpd:Reminders:Smtp:TlsMode"] = "None",
        ["Cpd:Reminders:Smtp:FromAddress"] = "cpd@portal.example.org",
    };

    // The first pass runs as the portal starts; a fixed number of short waits bounds the wait for its messages.
    private static async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(InProcessSmtpServer mail, int count)
    {
        for (var attempt = 0; attempt < 300 && mail.Received.Count < count; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return mail.Received;
    }
}
