using MfaConformance.ReferenceServer.Mutants;

namespace MfaConformance.Cli.Conformance;

/// <summary>One row of the kill matrix: the mutant, the @documented scenarios that failed against it, and other levels' failures.</summary>
internal sealed record MutantKill(MutantInfo? Mutant, IReadOnlyList<string> FailingDocumented, IReadOnlyList<string> FailingOtherLevels, int ScenariosRun, string? Error = null)
{
    /// <summary>The row's name: the mutant's, or "(none)" for the conformant baseline.</summary>
    public string Name => Mutant?.Name ?? "(none)";

    /// <summary>At least one @documented scenario failed against the mutant (for the baseline: it has a documented failure).</summary>
    public bool KilledByDocumented => FailingDocumented.Count > 0;

    /// <summary>
    /// Caught at the mutant's own level: a documented-rule mutant needs a failing @documented scenario; a mutant that
    /// breaks only a section-5 default needs any failing scenario (an @inferred one, as the docs do not state it).
    /// For the baseline row: any @documented failure.
    /// </summary>
    public bool Killed => Mutant?.Level == MutantLevel.Inferred
        ? FailingDocumented.Count + FailingOtherLevels.Count > 0
        : KilledByDocumented;
}
