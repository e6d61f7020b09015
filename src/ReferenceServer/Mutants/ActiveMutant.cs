namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>The mutant this server instance runs with, if any.</summary>
internal sealed class ActiveMutant(string? name)
{
    public string? Name { get; } = name;

    public bool Is(string mutant) => string.Equals(Name, mutant, StringComparison.Ordinal);
}
