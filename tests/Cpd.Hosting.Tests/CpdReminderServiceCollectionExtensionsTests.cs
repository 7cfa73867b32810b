using Cpd.Reminders;
using Cpd.Reminders.Tests.Support;
using Cpd.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Hosting.Tests;

public sealed class CpdReminderServiceCollectionExtensionsTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Cpd:Reminders:SendAt"] = "08:30:00",
        ["Cpd:Reminders:Lease"] = "0:00:15:00",
        ["Cpd:Reminders:BatchSize"] = "50",
        ["Cpd:Reminders:RecordBaseAddress"] = "https://portal.example.org/cpd/records/",
        ["Cpd:Reminders:DispatcherId"] = "worker-1",
        ["Cpd:Reminders:Interval"] = "00:00:30",
    };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void AddCpdReminderDispatch_FromConfiguration_BindsEveryOptionAndBuildsTheDispatcher()
    {
        using var provider = Services(new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0)), Settings)
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ReminderDispatchOptions>>().Value;
        var dispatcher = provider.GetRequiredService<ReminderDispatcher>();

        Assert.Equal(new LocalTime(8, 30), dispatcher.Schedule.SendAt);
        Assert.Equal((Duration.FromMinutes(15), 50, "worker-1"),
            (options.Lease, options.BatchSize, options.DispatcherId));
        Assert.Equal(TimeSpan.FromSeconds(30),
            provider.GetRequiredService<IOptions<ReminderDispatchServiceOptions>>().Value.Interval);
        Assert.Contains(provider.GetServices<IHostedService>(), service => service is ReminderDispatchService);
        Assert.IsType<LoggingReminderDispatchListener>(provider.GetRequiredService<IReminderDispatchListener>());
    }

    [Fact]
    public async Task AddCpdReminderDispatch_InvalidOptions_StopsTheHostAtStartNamingEachField()
    {
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["Cpd:Reminders:RecordBaseAddress"] = null,
            ["Cpd:Reminders:BatchSize"] = "0",
            ["Cpd:Reminders:Interval"] = "00:00:00",
        };
        using var host = Host(new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0)), settings);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(Cancel));

        var messages = string.Join("\n", Failures(error).Select(failure => failure.Message));
        Assert.Contains("recordBaseAddress: The portal's base address for record links is required.",
            messages, StringComparison.Ordinal);
        Assert.Contains("batchSize: batchSize must be from 1 to 10000, not 0.", messages, StringComparison.Ordinal);
        Assert.Contains("interval must be from 00:00:01 to 01:00:00", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCpdReminderDispatch_StoreWithoutReminderClaims_FailsWithAClearMessage()
    {
        var services = new ServiceCollection()
            .AddSingleton<ICpdRecordStore>(new RecordsOnlyStore())
            .AddCpdReminderDispatch(options => options.RecordBaseAddress = ReminderWorld.BaseAddress);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ReminderDispatcher>());

        Assert.Contains("register an ICpdReminderStore", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_Started_RunsAPassAtOnceAndSendsTheDueReminder()
    {
        var world = new ReminderWorld(Instant.FromUtc(2027, 6, 15, 12, 0));
        await world.AddAsync(world.Member("ada", "Europe/London"), new LocalDate(2027, 6, 15));
        var sent = new TaskCompletionSource<ReminderMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var host = Host(world, Settings, new SignallingSender(world.Sender, sent));

        await host.StartAsync(Cancel);
        var message = await sent.Task.WaitAsync(TimeSpan.FromMinutes(1), Cancel);
        await host.StopAsync(Cancel);

        Assert.Equal("ada@members.example.org", message.ToAddress);
        Assert.Single(world.Sender.Sent);
    }

    internal static IServiceCollection Services(
        ReminderWorld world, Dictionary<string, string?> settings, IReminderSender? sender = null,
        IServiceCollection? services = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return (services ?? new ServiceCollection())
            .AddLogging()
            .AddSingleton(world.Records)
            .AddSingleton(world.Reminders)
            .AddSingleton<IMemberDirectory>(world.Members)
            .AddSingleton(sender ?? world.Sender)
            .AddSingleton<IClock>(world.Clock)
            .AddCpdReminderDispatch(configuration.GetSection("Cpd:Reminders"));
    }

    private static IHost Host(ReminderWorld world, Dictionary<string, string?> settings, IReminderSender? sender = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        Services(world, settings, sender, builder.Services);
        return builder.Build();
    }

    private static IEnumerable<OptionsValidationException> Failures(Exception error) => error switch
    {
        OptionsValidationException validation => [validation],
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Failures),
        _ => [],
    };

    private sealed class SignallingSender(
        IReminderSender inner, TaskCompletionSource<ReminderMessage> sent) : IReminderSender
    {
        public async Task SendAsync(ReminderMessage message, CancellationToken cancellationToken = default)
        {
            await inner.SendAsync(message, cancellationToken);
            sent.TrySetResult(message);
        }
    }

    private sealed class RecordsOnlyStore : ICpdRecordStore
    {
        private readonly Cpd.Storage.InMemory.InMemoryCpdRecordStore _inner = new();

        public Task AddAsync(IReadOnlyCollection<Cpd.Domain.Records.CpdRecord> records,
            CancellationToken cancellationToken = default) =>
            _inner.AddAsync(records, cancellationToken);

        public Task<Cpd.Domain.Records.CpdRecord?> FindAsync(
            Cpd.Domain.MemberId memberId, Cpd.Domain.Records.CpdRecordId id,
                CancellationToken cancellationToken = default) =>
            _inner.FindAsync(memberId, id, cancellationToken);

        public Task<IReadOnlyList<Cpd.Domain.Records.CpdRecord>> ListAsync(
            Cpd.Domain.MemberId memberId, CancellationToken cancellationToken = default) =>
            _inner.ListAsync(memberId, cancellationToken);

        public Task UpdateAsync(Cpd.Domain.Records.CpdRecord record, long expectedVersion,
            CancellationToken cancellationToken = default) =>
            _inner.UpdateAsync(record, expectedVersion, cancellationToken);

        public Task DeleteAsync(
            Cpd.Domain.MemberId memberId, Cpd.Domain.Records.CpdRecordId id, long expectedVersion,
                CancellationToken cancellationToken = default) =>
            _inner.DeleteAsync(memberId, id, expectedVersion, cancellationToken);

        public Task<Cpd.Domain.Records.CpdSummary> SummarizeAsync(
            Cpd.Domain.MemberId memberId, LocalDate memberToday, CancellationToken cancellationToken = default) =>
            _inner.SummarizeAsync(memberId, memberToday, cancellationToken);
    }
}
