using Cpd.Domain;
using Cpd.Storage;
using Cpd.Storage.Json;
using Cpd.Storage.Sqlite;
using NodaTime;

namespace Cpd.Console;

/// <summary>What one invocation works with: the member, their calendar, the journal over the data folder.</summary>
internal sealed class ConsoleSession
{
    public required MemberId Member { get; init; }

    public required DateTimeZone TimeZone { get; init; }

    public required IClock Clock { get; init; }

    public required string DataDirectory { get; init; }

    public required ICpdRecordStore Store { get; init; }

    public required CpdJournal Journal { get; init; }

    public required TextWriter Output { get; init; }

    public LocalDate Today => MemberTimeZone.Today(Clock, TimeZone);

    public static ConsoleSession Open(
        StoreLocation location, string member, string timeZone, LocalDate? today, IClock clock, TextWriter output)
    {
        var zone = InputNames.Read("--time-zone", () => MemberTimeZone.Resolve(timeZone));
        var sessionClock = today is { } day ? new FixedDayClock(day, zone, clock) : clock;
        var store = location.Open();
        return new ConsoleSession
        {
            Member = InputNames.Read("--member", () => MemberId.From(member)),
            TimeZone = zone,
            Clock = sessionClock,
            DataDirectory = location.DataDirectory,
            Store = store,
            Journal = new CpdJournal(store, sessionClock),
            Output = output,
        };
    }
}
