using System.Collections.Concurrent;

namespace MfaConformance.Tests.Shared.Variant;

/// <summary>A consistent two-way mapping between the reference server's values and the variant's own (opaque) ones.</summary>
internal sealed class OpaqueMap(Func<long, string> makeVariant)
{
    private readonly ConcurrentDictionary<string, string> _toVariant = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _toReal = new(StringComparer.Ordinal);
    private long _next;

    public string ToVariant(string real) => _toVariant.GetOrAdd(real, r =>
    {
        var variant = makeVariant(Interlocked.Increment(ref _next));
        _toReal[variant] = r;
        return variant;
    });

    /// <summary>The real value, or the text itself when the variant never issued it (a tampered or foreign value stays unknown).</summary>
    public string ToReal(string variant) => _toReal.TryGetValue(variant, out var real) ? real : variant;
}
