using System.Collections.Concurrent;
using System.Diagnostics;

namespace MfaConformance.ReferenceServer.Weaknesses;

/// <summary>
/// The early-exit-password-compare weakness: remembers each password in plain text next to its hash and compares them
/// character by character, spending <see cref="Weaknesses.PerCharacterCost"/> per matching character (a busy wait, as
/// a slow compare would). The hash is still checked too, so the answer costs what a normal one does plus the
/// per-character time (only the prefix length shows). Only used when that weakness is on.
/// </summary>
internal sealed class PlainPasswords
{
    private readonly ConcurrentDictionary<string, string> _byHash = new(StringComparer.Ordinal);

    public void Remember(string hash, string password) => _byHash[hash] = password;

    /// <summary>The early-exit result, or null when the hash was not made under the weakness (then the hash decides).</summary>
    public bool? Compare(string hash, string given)
    {
        if (!_byHash.TryGetValue(hash, out var stored))
        {
            return null;
        }

        var matching = 0;
        while (matching < stored.Length && matching < given.Length && stored[matching] == given[matching])
        {
            matching++;
        }

        var until = Stopwatch.GetTimestamp() + (long)(Weaknesses.PerCharacterCost.TotalSeconds * Stopwatch.Frequency * matching);
        while (Stopwatch.GetTimestamp() < until)
        {
            Thread.SpinWait(64);
        }

        return matching == stored.Length && matching == given.Length;
    }
}
