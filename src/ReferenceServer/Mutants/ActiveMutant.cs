namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>The mutant (or section-5 variant) this server instance runs with, if any.</summary>
internal sealed class ActiveMutant(MutantInfo? info)
{
    public ActiveMutant(string? name)
        : this(name is null ? null : Mutants.Find(name) ?? throw new ArgumentException($"unknown mutant '{name}'", nameof(name)))
    {
    }

    public string? Name => info?.Name;

    /// <summary>True when the active mutant is <paramref name="mutant"/> (a defect written where it applies).</summary>
    public bool Is(string mutant) => string.Equals(Name, mutant, StringComparison.Ordinal);

    /// <summary>True when the active mutant skips <paramref name="check"/> on <paramref name="endpoint"/>.</summary>
    public bool Skips(MutantCheck check, MutantEndpoint endpoint) =>
        info is { } m && m.Check == check && check != MutantCheck.None && (m.Endpoints.Count == 0 || m.Endpoints.Contains(endpoint));
}
