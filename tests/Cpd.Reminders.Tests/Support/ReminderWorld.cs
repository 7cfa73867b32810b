using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Storage;
using Cpd.Storage.Reminders;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Reminders.Tests.Support;

/// <summary>
/// A portal in a test: one store, a fake clock, a member directory, a recording mail system and an event log,
/// and dispatchers over them.
/// </summary>
internal sealed class ReminderWorld : IAsyncDisposable
{
    private readonly TestStore _store;

    public static readonly Uri BaseAddress = new("https://portal.example.org/cpd/records/");

    public ReminderWorld(Instant start, TestStore? store = null)
    {
        Clock = new FakeClock(start);
        _store = store ?? TestStore.InMemory();
        (Records, Reminders) = (_store.Records, _store.Reminders);
        Journal = new CpdJournal(Records, Clock);
    }

    public FakeClock Clock { get; }

    public ICpdRecordStore Records { get; }

    public ICpdReminderStore Reminders { get; }

    public CpdJournal Journal { get; }

    public MemberBook Members { get; } = new();

    public RecordingSender Sender { get; } = new();

    public EventLog Events { get; } = new();

    public static ReminderDispatchOptions Options(string dispatcherId = "dispatcher-1") => new()
    {
        RecordBaseAddress = BaseAddress,
        DispatcherId = dispatcherId,
        SendRetryDelay = Duration.Zero,
    };

    public ReminderDispatcher Dispatcher(
        string dispatcherId = "dispatcher-1",
        Action<ReminderDispatchOptions>? configure = null,
        IReminderSender? sender = null,
        ICpdReminderStore? reminders = null)
    {
        var options = Options(dispatcherId);
        configure?.Invoke(options);
        return new ReminderDispatcher(
            Records, reminders ?? Reminders, Members, sender ?? Sender, Clock, options, Events);
    }

    public MemberContact Member(string id, string zone, string name = "Ada Lovelace")
    {
        var member = new MemberContact(
            MemberId.From(id), name, $"{id}@members.example.org", DateTimeZoneProviders.Tzdb[zone]);
        Members.Add(member);
        return member;
    }

    public async Task<CpdRecord> AddAsync(MemberContact member, LocalDate? reminder,
        string title = "Institute conference")
    {
        var record = CpdRecord.Create(
            CpdRecordId.New(Clock.GetCurrentInstant()),
            member.MemberId,
            ReflectionFrameworks.Default,
            new CpdRecordDetails { Title = title, ReminderDate = reminder },
            Clock);
        await Records.AddAsync([record]);
        return record;
    }

    public async Task<CpdRecord> CompleteAsync(CpdRecord record)
    {
        var current = record;
        foreach (var question in record.Framework.Questions)
        {
            current = await Journal.SaveAnswerAsync(
                current.MemberId, current.Id, question.Key, $"Answer to {question.Key}", CpdRecord.NoRevision);
        }

        return current;
    }

    public async Task<CpdRecord> MoveReminderAsync(CpdRecord record, LocalDate? reminder)
    {
        var current = await Journal.GetRecordAsync(record.MemberId, record.Id);
        return await Journal.ChangeDetailsAsync(
            current.MemberId, current.Id, current.Details with { ReminderDate = reminder }, current.DetailsRevision);
    }

    /// <summary>
    /// Runs passes of one dispatcher while moving the clock in steps, up to and including an instant.
    /// </summary>
    public async Task RunUntilAsync(ReminderDispatcher dispatcher, Instant end, Duration step)
    {
        while (Clock.GetCurrentInstant() <= end)
        {
            await dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken);
            Clock.Advance(step);
        }
    }

    public ValueTask DisposeAsync() => _store.Remove();

    public IReadOnlyList<ReminderMessage> SentFor(CpdRecord record) =>
        [.. Sender.Sent.Where(message => message.Key.RecordId == record.Id)];
}
