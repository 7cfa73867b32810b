namespace Cpd.Storage.Tests.Support;

/// <summary>
/// A collection that cancels a token once a store has taken some of its items, to cancel a write midway at
/// a known point rather than after a delay.
/// </summary>
internal sealed class CancellingCollection<T>(IReadOnlyList<T> items, int cancelAfter, CancellationTokenSource source)
    : IReadOnlyCollection<T>
{
    public int Count => items.Count;

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i == cancelAfter)
            {
                source.Cancel();
            }

            yield return items[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
