using Cpd.Reminders.Tests.Support;
using NodaTime;

namespace Cpd.Reminders.Tests;

public sealed partial class ReminderDispatcherTests
{
    public static TheoryData<string, string, string, string> NightsWithAChange => new()
    {
        // Zone, reminder date, send time, the one instant it is sent (UTC).
        // London springs forward at 01:00 GMT: 01:30 is skipped and moves on by the hour's gap.
        { "Europe/London", "2027-03-28", "01:30", "2027-03-28T01:30:00Z" },
        // 02:30 exists in London that night (BST, the hour after the gap).
        { "Europe/London", "2027-03-28", "02:30", "2027-03-28T01:30:00Z" },
        // London falls back at 02:00 BST: 01:30 happens twice, and the earlier (BST) one is used.
        { "Europe/London", "2027-10-31", "01:30", "2027-10-31T00:30:00Z" },
        { "America/New_York", "2027-03-14", "02:30", "2027-03-14T07:30:00Z" },
        { "America/New_York", "2027-11-07", "01:30", "2027-11-07T05:30:00Z" },
        { "Australia/Sydney", "2027-10-03", "02:30", "2027-10-02T16:30:00Z" },
        { "Australia/Sydney", "2027-04-04", "02:30", "2027-04-03T15:30:00Z" },
        // Kolkata keeps UTC+05:30 all year.
        { "Asia/Kolkata", "2027-03-28", "09:00", "2027-03-28T03:30:00Z" },
    };

    [Theory]
    [MemberData(nameof(NightsWithAChange))]
    public async Task DispatchDue_SendTimeOnANightWithAClockChange_SendsOnceAtTheDocumentedInstant(
        string zone, string date, string sendAt, string expected)
    {
        var reminderDate = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var expectedInstant = NodaTime.Text.InstantPattern.General.Parse(expected).Value;
        var world = new ReminderWorld(expectedInstant - Duration.FromHours(3));
        var record = await world.AddAsync(world.Member("ada", zone), reminderDate);
        var dispatcher = world.Dispatcher(configure: options =>
            options.SendAt = NodaTime.Text.LocalTimePattern.Create("HH:mm",
                System.Globalization.CultureInfo.InvariantCulture)
                .Parse(sendAt).Value);

        await world.RunUntilAsync(dispatcher, expectedInstant + Duration.FromHours(3), Duration.FromMinutes(5));

        var message = Assert.Single(world.SentFor(record));
        Assert.Equal(expectedInstant, message.ComposedAt);
    }
}
