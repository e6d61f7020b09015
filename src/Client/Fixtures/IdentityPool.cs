namespace MfaConformance.Client.Fixtures;

/// <summary>
/// Hands out fixtures, thread-safe: each non-reusable fixture at most once per run (per pool),
/// reusable ones every time they match.
/// </summary>
public sealed class IdentityPool
{
    private readonly Lock _gate = new();
    private readonly List<IdentityFixture> _available;

    public IdentityPool(IEnumerable<IdentityFixture> fixtures)
    {
        ArgumentNullException.ThrowIfNull(fixtures);
        _available = fixtures.ToList();
    }

    /// <summary>Fixtures still available (reusable ones always count).</summary>
    public int Remaining
    {
        get
        {
            lock (_gate)
                return _available.Count;
        }
    }

    /// <summary>Takes the first fixture matching <paramref name="predicate"/> (any when null); null when none is left.</summary>
    public IdentityFixture? TryTake(Func<IdentityFixture, bool>? predicate = null)
    {
        lock (_gate)
        {
            var index = _available.FindIndex(f => predicate?.Invoke(f) ?? true);
            if (index < 0)
                return null;
            var fixture = _available[index];
            if (!fixture.Reusable)
                _available.RemoveAt(index);
            return fixture;
        }
    }

    /// <summary>Like <see cref="TryTake"/> but throws an <see cref="InvalidOperationException"/> naming what was wanted.</summary>
    public IdentityFixture Take(Func<IdentityFixture, bool>? predicate = null, string wanted = "a customer") =>
        TryTake(predicate) ?? throw new InvalidOperationException(
            $"the identity fixtures have no unused {wanted} left (each fixture is used at most once per run unless marked reusable)");
}
