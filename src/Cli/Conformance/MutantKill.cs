using MfaConformance.ReferenceServer.Mutants;

namespace MfaConformance.Cli.Conformance;

/// <summary>One row of the kill matrix: the mutant, the @documented scenarios that failed against it, and other levels' failures.</summary>
internal sealed record MutantKill(MutantInfo? Mutant, IReadOnlyList<string> FailingDocumented, IReadOnlyList<string> FailingOtherLevels, int ScenariosRun, string? Error = null)
{
    /// <summary>The row's name: the mutant's, or "(none)" for the conformant baseline.</summary>
    public string Name => Mutant?.Name ?? "(none)";

    /// <summary>At least one @documented scenario failed against the mutant.</summary>
    public bool Killed => FailingDocumented.Count > 0;
}
