using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace MfaConformance.Client.Redaction;

/// <summary>
/// A thread-safe set of secret strings seen during a run (passwords, OTPs, tokens, keys sent or
/// received). <see cref="Redact"/> replaces every occurrence of a registered secret in free text,
/// which protects error messages and attachments that were not produced from JSON.
/// </summary>
/// <remarks>
/// Secrets are indexed by their first <see cref="MinimumLength"/> characters, so <see cref="Redact"/> costs one look-up
/// per character of the text whatever the number of secrets (a run registers thousands: a scan over all of them for
/// every exchange made the suite's cost grow with the square of its size).
/// </remarks>
public sealed class SecretRegistry
{
    /// <summary>Values shorter than this are not registered (they would redact ordinary text).</summary>
    public const int MinimumLength = 4;

    /// <summary>The default upper bound on the number of secrets kept.</summary>
    public const int DefaultCapacity = 20_000;

    /// <summary>The placeholder that replaces a secret.</summary>
    public const string Mask = "***";

    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);

    /// <summary>Secrets by their first four characters, each list longest first.</summary>
    private readonly ConcurrentDictionary<ulong, ImmutableArray<string>> _byPrefix = new();
    private readonly int _capacity;

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
            _byPrefix.AddOrUpdate(Prefix(secret, 0), _ => [secret], (_, list) => Insert(list, secret));
    }

    /// <summary>True when the value was registered as a secret.</summary>
    public bool Contains(string value) => _secrets.ContainsKey(value);

    /// <summary>Replaces every registered secret in <paramref name="text"/> with <see cref="Mask"/> (the longest match first at each position).</summary>
    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text) || _secrets.IsEmpty || text.Length < MinimumLength)
            return text;
        StringBuilder? result = null;
        var copiedUpTo = 0;
        var i = 0;
        while (i <= text.Length - MinimumLength)
        {
            var match = _byPrefix.TryGetValue(Prefix(text, i), out var candidates) ? LongestAt(text, i, candidates) : null;
            if (match is null)
            {
                i++;
                continue;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, copiedUpTo, i - copiedUpTo).Append(Mask);
            i += match.Length;
            copiedUpTo = i;
        }

        return result is null ? text : result.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

    private static string? LongestAt(string text, int index, ImmutableArray<string> candidates)
    {
        foreach (var secret in candidates)
        {
            if (secret.Length <= text.Length - index && string.CompareOrdinal(text, index, secret, 0, secret.Length) == 0)
                return secret;
        }

        return null;
    }

    private static ImmutableArray<string> Insert(ImmutableArray<string> list, string secret)
    {
        var at = 0;
        while (at < list.Length && list[at].Length >= secret.Length)
            at++;
        return list.Insert(at, secret);
    }

    private static ulong Prefix(string text, int index) =>
        text[index] | ((ulong)text[index + 1] << 16) | ((ulong)text[index + 2] << 32) | ((ulong)text[index + 3] << 48);
}
