using Cpd.Reminders.Tests.Support;
using Cpd.Reminders.TestSupport;
using NodaTime;

namespace Cpd.Reminders.Smtp.Tests;

/// <summary>The dispatcher over a real SMTP exchange: a server that is down, then back.</summary>
public sealed class SmtpReminderDispatchTests
{
    [Fact]
    public async Task DispatchDue_SmtpServerDownThenBack_SendsEveryReminderOnceWithTheirMessageIds()
    {
        var port = InProcessSmtpServer.FreePort();
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var members = new[] { world.Member("ada", "Europe/London"), world.Member("kiri", "Pacific/Auckland") };
        var records = new List<Cpd.Domain.Records.CpdRecord>();
        foreach (var member in members)
        {
            records.Add(await world.AddAsync(member, new LocalDate(2027, 6, 15), $"Course for {member.MemberId}"));
            records.Add(await world.AddAsync(member, new LocalDate(2027, 6, 14), $"Talk for {member.MemberId}"));
        }

        var sender = new SmtpReminderSender(SmtpReminderSenderTests.Options(port));
        var dispatcher = world.Dispatcher(sender: sender, configure: options => options.SendAttempts = 2);

        var down = await dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken);
        await using var server = await InProcessSmtpServer.StartAsync(port);
        await world.RunUntilAsync(dispatcher, Instant.FromUtc(2027, 6, 15, 14, 0), Duration.FromMinutes(1));

        Assert.Equal(4, down.Failed);
        Assert.Equal(4, server.Received.Count);
        var expected = records.Select(record =>
            $"reminder.{record.Id}.{record.ReminderDate!.Value:uuuu-MM-dd}@portal.example.org");
        Assert.Equal(expected.Order(), server.Received.Select(mail => mail.Message.MessageId).Order());
        Assert.Equal(
            ["ada@members.example.org", "ada@members.example.org",
                "kiri@members.example.org", "kiri@members.example.org"],
            server.Received.SelectMany(mail => mail.EnvelopeTo).Order());
    }
}
