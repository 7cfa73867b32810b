using Cpd.Reminders.TestSupport;
using IcalCalendar = Ical.Net.Calendar;

namespace Cpd.Console.Tests;

/// <summary><c>cpd reminders</c>, on the default store (SQLite) unless a test names another.</summary>
public sealed class RemindersCommandTests : IDisposable
{
    private readonly ConsoleRun _cpd = new();

    public void Dispose() => _cpd.Dispose();

    [Fact]
    public async Task RemindersDue_OnTheReminderDate_ListsOnlyIncompleteRecordsWhoseTimeHasCome()
    {
        await _cpd.RunOkAsync("add", "--title", "Due today", "--reminder", "2027-06-15");
        await _cpd.RunOkAsync("add", "--title", "Due tomorrow", "--reminder", "2027-06-16");
        await _cpd.RunOkAsync("add", "--title", "No reminder");

        var noon = await _cpd.RunOkAsync("reminders", "due", "--today", "2027-06-15");
        var beforeNoon = await _cpd.RunOkAsync("reminders", "due", "--today", "2027-06-15", "--send-at", "13:00");

        Assert.Contains("2027-06-15", noon.Output, StringComparison.Ordinal);
        Assert.Contains("Due today  not emailed yet", noon.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Due tomorrow", noon.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("No reminder", noon.Output, StringComparison.Ordinal);
        Assert.Equal("No reminders are due.", beforeNoon.Output.Trim());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("json")]
    public async Task RemindersSend_ThroughAnSmtpServer_EmailsEachDueReminderOnce(string store)
    {
        _cpd.Store = store;
        await using var server = await InProcessSmtpServer.StartAsync();
        await _cpd.RunOkAsync("add", "--title", "Workshop", "--reminder", "2027-06-15");
        string[] send =
        [
            "reminders", "send", "--smtp-host", "127.0.0.1", "--smtp-port", $"{server.Port}",
            "--email", "ada@example.org", "--base-address", "https://portal.example.org/cpd/records/",
            "--today", "2027-06-15",
        ];

        var first = await _cpd.RunOkAsync(send);
        var second = await _cpd.RunOkAsync(send);
        var due = await _cpd.RunOkAsync("reminders", "due", "--today", "2027-06-15");

        Assert.Contains("Sent 1 reminder(s) to ada@example.org.", first.Output, StringComparison.Ordinal);
        Assert.Contains("Sent 0 reminder(s)", second.Output, StringComparison.Ordinal);
        Assert.Contains("Workshop  emailed", due.Output, StringComparison.Ordinal);
        var mail = Assert.Single(server.Received);
        Assert.Equal(["ada@example.org"], mail.EnvelopeTo);
        Assert.Equal("cpd-reminders@localhost", mail.EnvelopeFrom);
        Assert.StartsWith("Workshop: reminder", mail.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("https://portal.example.org/cpd/records/", mail.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemindersSend_ServerDown_ExitsWithADeliveryFailureAndSendsOnALaterRun()
    {
        var port = InProcessSmtpServer.FreePort();
        await _cpd.RunOkAsync("add", "--title", "Workshop", "--reminder", "2027-06-15");
        string[] send = ["reminders", "send", "--smtp-host", "127.0.0.1", "--smtp-port", $"{port}",
            "--email", "ada@example.org"];

        var down = await _cpd.RunAsync([.. send, "--today", "2027-06-15"]);
        await using var server = await InProcessSmtpServer.StartAsync(port);
        var back = await _cpd.RunOkAsync([.. send, "--today", "2027-06-16"]);

        Assert.Equal(5, down.Code);
        Assert.Contains("not sent", down.Output, StringComparison.Ordinal);
        Assert.Contains("could not be reached", down.Output, StringComparison.Ordinal);
        Assert.Contains("Sent 1 reminder(s)", back.Output, StringComparison.Ordinal);
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task RemindersSend_WithoutAnEmailAddress_IsRefusedSayingHowToGiveOne()
    {
        await _cpd.RunOkAsync("add", "--title", "Workshop", "--reminder", "2027-06-15");

        var result = await _cpd.RunAsync("reminders", "send", "--smtp-host", "127.0.0.1", "--today", "2027-06-15");

        Assert.Equal(1, result.Code);
        Assert.Contains("--email", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemindersIcal_ForARecordWithAReminder_WritesACalendarFileThatParsesBack()
    {
        await _cpd.RunOkAsync("add", "--title", "Workshop", "--reminder", "2027-06-15");
        var path = Path.Combine(_cpd.Folder, "reminder.ics");

        await _cpd.RunOkAsync("reminders", "ical", "#1", "-o", path);

        var todo = Assert.Single(IcalCalendar.Load(
            await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken))!.Todos);
        Assert.Equal("Workshop", todo.Summary);
        Assert.Equal(new DateOnly(2027, 6, 15), todo.Due!.Date);
        // 09:00 in Europe/London in June (BST) is 08:00 UTC.
        Assert.Equal(new DateTime(2027, 6, 15, 8, 0, 0, DateTimeKind.Utc),
            Assert.Single(todo.Alarms).Trigger!.DateTime!.AsUtc);
    }

    [Fact]
    public async Task RemindersIcal_ForARecordWithoutAReminder_IsRefused()
    {
        await _cpd.RunOkAsync("add", "--title", "No reminder");

        var result = await _cpd.RunAsync("reminders", "ical", "#1", "-o", "-");

        Assert.Equal(1, result.Code);
        Assert.Contains("has no reminder date", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderSet_TwentyNinthFebruary_IsAcceptedOnlyInALeapYear()
    {
        await _cpd.RunOkAsync("add", "--title", "Workshop");

        var common = await _cpd.RunAsync("reminder", "set", "#1", "2027-02-29");
        var leap = await _cpd.RunAsync("reminder", "set", "#1", "2028-02-29");

        Assert.Equal(2, common.Code);
        Assert.Contains("'2027-02-29' is not a date", common.Error, StringComparison.Ordinal);
        Assert.Equal(0, leap.Code);
    }

    [Fact]
    public async Task Import_AReminderOnTwentyNinthFebruaryOfACommonYear_IsRefusedWithItsLine()
    {
        var csv = Path.Combine(_cpd.Folder, "leap.csv");
        await File.WriteAllTextAsync(csv, """
            Title,Reminder date
            Leap year,2028-02-29
            Common year,2027-02-29
            """, TestContext.Current.CancellationToken);

        var result = await _cpd.RunAsync("import", csv);

        Assert.Equal(1, result.Code);
        Assert.Contains("line 3", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemindersSend_UnknownTlsMode_IsACommandLineError()
    {
        var result = await _cpd.RunAsync(
            "reminders", "send", "--smtp-host", "127.0.0.1", "--smtp-tls", "tls13", "--email", "ada@example.org");

        Assert.Equal(2, result.Code);
        Assert.Contains("'tls13' is not a TLS mode: use none, starttls or ssl.",
            result.Error, StringComparison.Ordinal);
    }
}
