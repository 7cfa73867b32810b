using Cpd.Domain;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage.Tests.Support;

/// <summary>Runs commands from several sittings, one journal each, on one store, interleaved by a schedule.</summary>
public static class Sittings
{
    /// <summary>Runs one command per sitting, store calls interleaved as <paramref name="schedule"/> says.</summary>
    public static async Task<SittingResult[]> RunAsync(
        ICpdRecordStore store,
        IClock clock,
        IEnumerable<int> schedule,
        params IReadOnlyList<Func<CpdJournal, Task<CpdRecord>>> commands)
    {
        var turnstile = new Turnstile(commands.Count, schedule);
        var runs = commands.Select(
            (command, sitting) => RunOneAsync(new TurnTakingStore(store, turnstile, sitting), clock, command));

        // Only a guard against a turn-taking bug hanging the run; no duration is asserted.
        return await Task.WhenAll(runs).WaitAsync(TimeSpan.FromMinutes(1));
    }

    private static async Task<SittingResult> RunOneAsync(
        TurnTakingStore store, IClock clock, Func<CpdJournal, Task<CpdRecord>> command)
    {
        try
        {
            var stored = await command(new CpdJournal(store, clock));
            return new SittingResult(stored, null, store.StaleWrites);
        }
        catch (CpdException exception)
        {
            return new SittingResult(null, exception, store.StaleWrites);
        }
        finally
        {
            store.Leave();
        }
    }
}
