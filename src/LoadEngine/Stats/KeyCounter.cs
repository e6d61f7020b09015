using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace MfaConformance.LoadEngine.Stats;

/// <summary>Thread-safe counts by key, bounded to a number of distinct keys (the rest count as "(other)").</summary>
internal sealed class KeyCounter(int maxKeys = 50)
{
    internal const string OtherKey = "(other)";
    private readonly ConcurrentDictionary<string, StrongBox<long>> _counts = new(StringComparer.Ordinal);

    public void Increment(string key)
    {
        if (!_counts.TryGetValue(key, out var box))
        {
            box = _counts.Count >= maxKeys
                ? _counts.GetOrAdd(OtherKey, static _ => new StrongBox<long>())
                : _counts.GetOrAdd(key, static _ => new StrongBox<long>());
        }

        Interlocked.Increment(ref box.Value);
    }

    public bool IsEmpty => _counts.IsEmpty;

    public void Clear() => _counts.Clear();

    public IReadOnlyDictionary<string, long> Snapshot()
    {
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var pair in _counts)
        {
            result[pair.Key] = Volatile.Read(ref pair.Value.Value);
        }

        return result;
    }
}
