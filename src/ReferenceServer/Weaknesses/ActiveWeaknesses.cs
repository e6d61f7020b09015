namespace MfaConformance.ReferenceServer.Weaknesses;

/// <summary>The planted weaknesses this server instance runs with (none by default).</summary>
internal sealed class ActiveWeaknesses
{
    private readonly HashSet<string> _names;

    public ActiveWeaknesses(IEnumerable<string>? names)
    {
        _names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names ?? [])
        {
            _names.Add(Weaknesses.Find(name)?.Name ?? throw new ArgumentException($"unknown weakness '{name}'", nameof(names)));
        }
    }

    public bool Any => _names.Count > 0;

    public bool Is(string weakness) => _names.Contains(weakness);
}
