using Cpd.Domain.Records;
using Cpd.Reminders.Tests.Support;
using FsCheck.Xunit;
using NodaTime;

namespace Cpd.Reminders.Tests;

public sealed partial class ReminderDispatcherTests
{
    private static readonly Instant ScenarioStart = Instant.FromUtc(2027, 3, 26, 0, 0);

    /// <summary>
    /// Whatever the records and however two dispatchers' passes fall, with the mail system going down and
    /// coming back: no reminder is sent twice, none before its time, none for a completed record, and once the
    /// passes run regularly every due reminder has been sent.
    /// </summary>
    [Property(Arbitrary = [typeof(ReminderArbitraries)], MaxTest = 150)]
    public async Task DispatchDue_AnyRecordsAndAnyPasses_SendEachDueReminderOnceAndNoneEarly(DispatchScenario scenario)
    {
        var world = new ReminderWorld(ScenarioStart);
        var planned = await AddPlannedAsync(world, scenario);
        ReminderDispatcher[] dispatchers = [world.Dispatcher("dispatcher-a"), world.Dispatcher("dispatcher-b")];

        foreach (var pass in scenario.Passes)
        {
            world.Clock.Advance(Duration.FromMinutes(pass.MinutesLater));
            world.Sender.Fails = _ => pass.MailSystemDown;
            await dispatchers[pass.Dispatcher].DispatchDueAsync(Cancel);
        }

        world.Sender.Fails = _ => false;
        var end = Max(world.Clock.GetCurrentInstant(), ScenarioStart + Duration.FromDays(8));
        await world.RunUntilAsync(dispatchers[0], end, Duration.FromMinutes(30));

        foreach (var (record, reminder) in planned)
        {
            var sent = world.SentFor(record);
            var dueAt = dispatchers[0].Schedule.DueAt(record.ReminderDate!.Value, world.Members.Zone(record.MemberId));
            Assert.Equal(reminder.Completed ? 0 : 1, sent.Count);
            Assert.All(sent, message =>
                Assert.True(message.ComposedAt >= dueAt, $"sent at {message.ComposedAt}, due {dueAt}"));
        }
    }

    private static async Task<List<(CpdRecord Record, PlannedReminder Reminder)>> AddPlannedAsync(
        ReminderWorld world, DispatchScenario scenario)
    {
        var planned = new List<(CpdRecord, PlannedReminder)>();
        for (var i = 0; i < scenario.Reminders.Count; i++)
        {
            var reminder = scenario.Reminders[i];
            var member = world.Member($"member-{i}", reminder.Zone);
            var record = await world.AddAsync(member, new LocalDate(2027, 3, 26).PlusDays(reminder.Day), $"Record {i}");
            planned.Add((reminder.Completed ? await world.CompleteAsync(record) : record, reminder));
        }

        return planned;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
