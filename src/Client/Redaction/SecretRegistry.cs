using System.Collections.Concurrent;

namespace MfaConformance.Client;

/// <summary>
/// A thread-safe set of secret strings seen during a run (passwords, OTPs, tokens, keys sent or
/// received). <see cref="Redact"/> replaces every occurrence of a registered secret in free text,
/// which protects error messages and attachments that were not produced from JSON.
/// </summary>
public sealed class SecretRegistry
{
    /// <summary>Values shorter than this are not registered (they would redact ordinary text).</summary>
    public const int MinimumLength = 4;

    /// <summary>The default upper bound on the number of secrets kept.</summary>
    public const int DefaultCapacity = 20_000;

    /// <summary>The placeholder that replaces a secret.</summary>
    public const string Mask = "***";

    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private volatile string[]? _longestFirst;

    /// <param name="capacity">Upper bound on the number of secrets kept (protects long load runs); 0 disables value tracking.</param>
    public SecretRegistry(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    /// <summary>False when value tracking is off (capacity 0): nothing is ever registered.</summary>
    public bool IsEnabled => _capacity > 0;

    /// <summary>Number of secrets currently registered.</summary>
    public int Count => _secrets.Count;

    /// <summary>Registers a secret; null, blank, too short or over-capacity values are ignored.</summary>
    public void Register(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < MinimumLength || secret == Mask)
            return;
        if (_secrets.Count >= _capacity)
            return;
        if (_secrets.TryAdd(secret, 0))
            _longestFirst = null;
    }

    /// <summary>True when the value was registered as a secret.</summary>
    public bool Contains(string value) => _secrets.ContainsKey(value);

    /// <summary>Replaces every registered secret in <paramref name="text"/> with <see cref="Mask"/>.</summary>
    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text) || _secrets.IsEmpty)
            return text;
        var secrets = _longestFirst ??= [.. _secrets.Keys.OrderByDescending(s => s.Length)];
        var result = text;
        foreach (var secret in secrets)
        {
            if (secret.Length <= result.Length && result.Contains(secret, StringComparison.Ordinal))
                result = result.Replace(secret, Mask, StringComparison.Ordinal);
        }
        return result;
    }
}
