using System.Collections.Concurrent;

namespace MfaConformance.ReferenceServer.State;

/// <summary>Primary and MFA session ids (<c>P-&lt;uuid&gt;</c>), in memory.</summary>
internal sealed class SessionStore(TimeProvider clock)
{
    private const int PruneEvery = 4096;
    private static readonly TimeSpan KeepAfterExpiry = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private int _created;

    public Session Create(SessionKind kind, Identity identity, int generation, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow();
        var session = new Session("P-" + Guid.NewGuid().ToString("D"), kind, identity, generation, now, lifetime);
        _sessions[session.Id] = session;
        if (Interlocked.Increment(ref _created) % PruneEvery == 0)
        {
            Prune(now);
        }

        return session;
    }

    public Session? Find(string id) => _sessions.TryGetValue(id, out var session) ? session : null;

    /// <summary>Drops sessions long expired so long load runs do not grow memory without bound.</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var (id, session) in _sessions)
        {
            if (session.ExpiresAt + KeepAfterExpiry < now)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }
}
