using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace MfaConformance.LoadEngine.Stats;

/// <summary>Thread-safe counts by key, bounded to a number of distinct keys (the rest count as "(other)").</summary>
internal sealed class KeyCounter(int maxKeys = 50)
{
    internal const string OtherKey = "(other)";
    private readonly ConcurrentDictionary<string, StrongBox<long>> _counts = new(StringComparer.Ordinal);
    private int _keys;

    public void Increment(string key)
    {
        if (!_counts.TryGetValue(key, out var box))
        {
            box = Volatile.Read(ref _keys) >= maxKeys ? GetOrAdd(OtherKey) : GetOrAdd(key);
        }

        Interlocked.Increment(ref box.Value);
    }

    public void Add(string key, long count)
    {
        if (!_counts.TryGetValue(key, out var box))
        {
            box = Volatile.Read(ref _keys) >= maxKeys ? GetOrAdd(OtherKey) : GetOrAdd(key);
        }

        Interlocked.Add(ref box.Value, count);
    }

    public void Clear()
    {
        _counts.Clear();
        Volatile.Write(ref _keys, 0);
    }

    public IReadOnlyDictionary<string, long> Snapshot()
    {
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var pair in _counts)
        {
            result[pair.Key] = Volatile.Read(ref pair.Value.Value);
        }

        return result;
    }

    private StrongBox<long> GetOrAdd(string key)
    {
        if (_counts.TryGetValue(key, out var box))
        {
            return box;
        }

        var created = new StrongBox<long>();
        if (_counts.TryAdd(key, created))
        {
            Interlocked.Increment(ref _keys);
            return created;
        }

        return _counts[key];
    }
}
