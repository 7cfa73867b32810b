using Cpd.Reminders.Tests.Support;
using Cpd.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cpd.Hosting.Tests;

public sealed class ReminderDispatchServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunPassAsync_WithADueReminder_SendsItAndLogsThePass()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        await world.AddAsync(world.Member("ada", "Europe/London"), new LocalDate(2027, 6, 15));
        var logger = new FakeLogger<ReminderDispatchService>();
        var service = new ReminderDispatchService(
            world.Dispatcher(), Options.Create(new ReminderDispatchServiceOptions()), logger);

        var report = await service.RunPassAsync(Cancel);

        Assert.Equal(1, report!.Sent);
        var entry = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("1 sent", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPassAsync_StoreUnreachable_LogsTheFailureAndReturnsNothing()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var logger = new FakeLogger<ReminderDispatchService>();
        var failing = new InterceptingReminderStore(world.Reminders)
        {
            AfterFind = () => throw new CpdStoreException("The database is unreachable."),
        };
        var service = new ReminderDispatchService(
            world.Dispatcher(reminders: failing), Options.Create(new ReminderDispatchServiceOptions()), logger);

        var report = await service.RunPassAsync(Cancel);

        Assert.Null(report);
        var entry = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.IsType<CpdStoreException>(entry.Exception);
    }

    [Fact]
    public async Task LoggingListener_MemberUnknown_LogsAWarningNamingTheMember()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        var ghost = world.Member("ghost", "Europe/London");
        await world.AddAsync(ghost, new LocalDate(2027, 6, 15));
        world.Members.Remove(ghost.MemberId);
        var logger = new FakeLogger<LoggingReminderDispatchListener>();
        var dispatcher = new Cpd.Reminders.ReminderDispatcher(
            world.Records, world.Reminders, world.Members, world.Sender, world.Clock, ReminderWorld.Options(),
            new LoggingReminderDispatchListener(logger));

        await dispatcher.DispatchDueAsync(Cancel);

        var entry = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("member ghost is not in the member directory", entry.Message, StringComparison.Ordinal);
    }
}
