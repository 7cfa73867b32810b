namespace Cpd.Reporting.Rendering;

/// <summary>
/// Keeps the most recently used parsed templates, so that a template supplied again (the same text, or the same
/// unchanged file) is not parsed again. The oldest entry makes way when the cache is full. Thread-safe.
/// </summary>
/// <typeparam name="TKey">What identifies a template.</typeparam>
internal sealed class TemplateCache<TKey>(int capacity)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, CpdReportTemplate Template)>> _entries = [];
    private readonly LinkedList<(TKey Key, CpdReportTemplate Template)> _byUse = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The cached template for the key, or the one <paramref name="parse"/> makes, which is kept.</summary>
    /// <remarks>Parsing happens outside the lock: two threads that meet the same new template both parse it.</remarks>
    public CpdReportTemplate GetOrAdd(TKey key, Func<TKey, CpdReportTemplate> parse)
    {
        if (TryGet(key, out var cached))
        {
            return cached;
        }

        var parsed = parse(key);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var raced))
            {
                return raced.Value.Template;
            }

            _entries[key] = _byUse.AddFirst((key, parsed));
            if (_entries.Count > capacity)
            {
                _entries.Remove(_byUse.Last!.Value.Key);
                _byUse.RemoveLast();
            }
        }

        return parsed;
    }

    private bool TryGet(TKey key, out CpdReportTemplate template)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _byUse.Remove(node);
                _byUse.AddFirst(node);
                template = node.Value.Template;
                return true;
            }
        }

        template = null!;
        return false;
    }
}
