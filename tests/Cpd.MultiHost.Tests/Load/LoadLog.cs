using System.Collections.Concurrent;

namespace Cpd.MultiHost.Tests.Load;

/// <summary>Everything the simulated members did and how the hosts answered, written from many threads.</summary>
internal sealed class LoadLog
{
    private readonly ConcurrentQueue<SaveAttempt> _saves = new();
    private readonly ConcurrentQueue<AddAttempt> _adds = new();
    private readonly ConcurrentQueue<(SaveAttempt First, SaveAttempt Second)> _twoTabs = new();

    public IReadOnlyList<SaveAttempt> Saves => [.. _saves];

    public IReadOnlyList<AddAttempt> Adds => [.. _adds];

    /// <summary>Gets the pairs of saves of one answer from one revision, sent at once through two hosts.</summary>
    public IReadOnlyList<(SaveAttempt First, SaveAttempt Second)> TwoTabs => [.. _twoTabs];

    public void Add(SaveAttempt save) => _saves.Enqueue(save);

    public void Add(AddAttempt add) => _adds.Enqueue(add);

    public void AddTwoTabs(SaveAttempt first, SaveAttempt second)
    {
        _saves.Enqueue(first);
        _saves.Enqueue(second);
        _twoTabs.Enqueue((first, second));
    }
}
