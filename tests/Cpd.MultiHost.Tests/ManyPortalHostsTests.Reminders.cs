using System.Diagnostics;
using System.Text.RegularExpressions;
using Cpd.MultiHost.Tests.Hosts;
using Cpd.Reminders.TestSupport;

namespace Cpd.MultiHost.Tests;

public sealed partial class ManyPortalHostsTests
{
    private static readonly TimeSpan DispatchPatience = TimeSpan.FromSeconds(60);

    // Incomplete records (status 2 is completed) whose reminder date is two days before today in UTC: their send
    // time has passed in every time zone, whatever the clock says. The demo member's sample log adds a few to the
    // planted ones; its reminders around today are left out, as their due time depends on the hour.
    private const string CertainlyDue =
        "SELECT id FROM cpd.records WHERE reminder_date IS NOT NULL AND status <> 2 " +
        "AND reminder_date <= (now() AT TIME ZONE 'UTC')::date - 2";

    private const string Sent = "SELECT record_id, claimed_by FROM cpd.reminder_dispatch WHERE sent_at IS NOT NULL";

    private const string InFlight = "SELECT count(*) FROM cpd.reminder_dispatch WHERE sent_at IS NULL";

    // Counted twice over: by Message-Id, and by the record each message links to.
    private static async Task<string> AssertEachReminderEmailedOnceAsync(
        ScratchDatabase database, InProcessSmtpServer mail, SeededReminders seeded, CancellationToken token)
    {
        var due = (await database.QueryAsync(CertainlyDue, row => row.GetGuid(0), token)).ToHashSet();
        Assert.Superset(seeded.Due.ToHashSet(), due);
        await WaitUntilSentAsync(database, mail, due, token);

        var emails = mail.Received
            .Select(email => (MessageId: email.Message.MessageId ?? string.Empty, Record: LinkedRecord(email)))
            .ToList();
        var repeatedIds = emails.GroupBy(email => email.MessageId).Where(group => group.Count() > 1).ToList();
        Assert.True(
            repeatedIds.Count == 0, $"Emailed more than once: {string.Join(", ", repeatedIds.Select(id => id.Key))}");
        var perRecord = emails.GroupBy(email => email.Record).ToDictionary(group => group.Key, group => group.Count());
        var repeatedRecords = perRecord.Where(record => record.Value > 1).Select(record => record.Key).ToList();
        Assert.True(repeatedRecords.Count == 0, $"Reminded more than once: {string.Join(", ", repeatedRecords)}");
        var missed = due.Where(record => !perRecord.ContainsKey(record)).ToList();
        Assert.True(missed.Count == 0, $"Due but never emailed: {string.Join(", ", missed)}");
        var unwanted = seeded.NotDue.Where(perRecord.ContainsKey).ToList();
        Assert.True(unwanted.Count == 0, $"Emailed though complete or not due: {string.Join(", ", unwanted)}");

        // The dispatchers recorded each due reminder's send once; a send is recorded just after the mail server
        // took it, so reminders that fell due during the run may still be on their way and are not compared.
        var sent = await database.QueryAsync(Sent, row => (Record: row.GetGuid(0), Host: row.GetString(1)), token);
        Assert.Equal(due.Order(), sent.Select(send => send.Record).Where(due.Contains).Order());
        var byHost = sent.GroupBy(send => send.Host).OrderBy(host => host.Key, StringComparer.Ordinal);
        return $"reminders: {emails.Count} emailed, each once ({due.Count} certainly due); sent by " +
            string.Join(", ", byHost.Select(host => $"{host.Key} {host.Count()}"));
    }

    // Until every certainly due reminder arrived and no claim is open (a send in progress), or patience runs out.
    private static async Task WaitUntilSentAsync(
        ScratchDatabase database, InProcessSmtpServer mail, HashSet<Guid> due, CancellationToken token)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < DispatchPatience)
        {
            var received = mail.Received.Select(LinkedRecord).ToHashSet();
            var open = (await database.QueryAsync(InFlight, row => row.GetInt64(0), token)).Single();
            if (open == 0 && received.IsSupersetOf(due))
            {
                Report($"reminders all sent {Seconds(started)} after the load");
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), token);
        }
    }

    private static Guid LinkedRecord(ReceivedMail email) =>
        RecordLink().Match(email.Message.TextBody ?? string.Empty) is { Success: true } link
            ? Guid.Parse(link.Groups["id"].Value)
            : throw new InvalidOperationException($"No record link in the reminder {email.Message.MessageId}.");

    [GeneratedRegex(@"https://portal\.example\.org/records/(?<id>[0-9a-f-]{36})")]
    private static partial Regex RecordLink();
}
