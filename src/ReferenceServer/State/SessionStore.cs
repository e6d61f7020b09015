using System.Collections.Concurrent;

namespace MfaConformance.ReferenceServer.State;

/// <summary>Primary and MFA session ids (<c>P-&lt;uuid&gt;</c>), in memory.</summary>
internal sealed class SessionStore(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    public Session Create(SessionKind kind, Identity identity, int generation, TimeSpan lifetime)
    {
        var session = new Session("P-" + Guid.NewGuid().ToString("D"), kind, identity, generation, clock.GetUtcNow() + lifetime);
        _sessions[session.Id] = session;
        return session;
    }

    public Session? Find(string id) => _sessions.TryGetValue(id, out var session) ? session : null;
}
