namespace Cpd.Storage.Tests.Support;

/// <summary>
/// Lets several sittings take turns at a store, one call at a time, in an order a test chooses. A sitting
/// waits for its turn before each call; the next turn is given only when every sitting still at work is
/// waiting, so the calls interleave exactly as the schedule says.
/// </summary>
public sealed class Turnstile
{
    private readonly Lock _lock = new();
    private readonly Queue<int> _schedule;
    private readonly HashSet<int> _working;
    private readonly SortedDictionary<int, TaskCompletionSource> _waiting = [];
    private readonly List<int> _turns = [];

    /// <summary>Creates a turnstile for sittings numbered from 0.</summary>
    /// <param name="sittings">How many sittings take part.</param>
    /// <param name="schedule">Which sitting goes next, turn by turn; once it runs out, the lowest waiting one.</param>
    public Turnstile(int sittings, IEnumerable<int> schedule)
    {
        _working = [.. Enumerable.Range(0, sittings)];
        _schedule = new Queue<int>(schedule);
    }

    /// <summary>Gets the sittings in the order they were given turns.</summary>
    public IReadOnlyList<int> Turns
    {
        get
        {
            lock (_lock)
            {
                return [.. _turns];
            }
        }
    }

    /// <summary>Waits until the sitting may make its next call.</summary>
    public Task WaitForTurnAsync(int sitting)
    {
        var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _waiting.Add(sitting, turn);
            GiveNextTurn();
        }

        return turn.Task;
    }

    /// <summary>Says that the sitting has finished and will make no more calls.</summary>
    public void Leave(int sitting)
    {
        lock (_lock)
        {
            _working.Remove(sitting);
            GiveNextTurn();
        }
    }

    private void GiveNextTurn()
    {
        if (_waiting.Count == 0 || _waiting.Count < _working.Count)
        {
            return;
        }

        var next = NextScheduled();
        _turns.Add(next);
        _waiting.Remove(next, out var turn);
        turn!.SetResult();
    }

    private int NextScheduled()
    {
        while (_schedule.TryDequeue(out var sitting))
        {
            if (_waiting.ContainsKey(sitting))
            {
                return sitting;
            }
        }

        return _waiting.Keys.First();
    }
}
