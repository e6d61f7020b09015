using MfaConformance.ReferenceServer.Mutants;

namespace MfaConformance.Cli.Conformance;

/// <summary>
/// One row of the kill matrix: the mutant (or section-5 variant, or null for the conformant baseline), the
/// @documented scenarios that failed against it, and the other levels' failures.
/// </summary>
internal sealed record MutantKill(MutantInfo? Mutant, IReadOnlyList<string> FailingDocumented, IReadOnlyList<string> FailingOtherLevels, int ScenariosRun, string? Error = null)
{
    /// <summary>The @documented scenarios of the mutant's own rule (tag <c>@rule:&lt;rule&gt;</c>) that failed against it.</summary>
    public IReadOnlyList<string> FailingOfItsRule { get; init; } = [];

    /// <summary>A @documented scenario of the very rule the mutant breaks failed: the rule × endpoint matrix caught it where it should.</summary>
    public bool KilledByItsRule => FailingOfItsRule.Count > 0;

    /// <summary>What the explorer found against the server (null when the explorer did not run).</summary>
    public ExploredKill? Explored { get; init; }

    /// <summary>Whether the scenarios ran against it (off with <c>--explorer-only</c>).</summary>
    public bool ScenariosRan { get; init; } = true;

    /// <summary>The explorer found a contradiction of a must against the server.</summary>
    public bool KilledByExplorer => Explored is { Contradiction: not null };

    /// <summary>The row's name: the mutant's, or "(none)" for the conformant baseline.</summary>
    public string Name => Mutant?.Name ?? "(none)";

    /// <summary>A section-5 variant (another reading of a documented inconsistency), not a mutant.</summary>
    public bool IsVariant => Mutant?.Level == MutantLevel.Inferred;

    /// <summary>A mutant chosen to test the explorer (<see cref="MutantFamily.Explorer"/>): the scenarios are expected to pass against it.</summary>
    public bool IsExplorerTarget => Mutant?.Family == MutantFamily.Explorer;

    /// <summary>At least one @documented scenario failed against the server.</summary>
    public bool KilledByDocumented => FailingDocumented.Count > 0;

    /// <summary>
    /// The suite judged the server as it should: a mutant fails at least one @documented scenario; a section-5
    /// variant fails none (it may be conformant) but is flagged by at least one @inferred scenario; the conformant
    /// baseline fails nothing. An explorer target fails no @documented scenario either: it breaks a documented rule in
    /// a way no scenario checks (one the scenarios kill belongs with the suite's mutants); only the explorer can kill it.
    /// </summary>
    public bool AsExpected => Error is null && (Mutant is null
        ? FailingDocumented.Count + FailingOtherLevels.Count == 0 && !KilledByExplorer
        : IsExplorerTarget ? (!ScenariosRan || !KilledByDocumented) && (Explored is null || KilledByExplorer)
        : IsVariant ? !KilledByDocumented && !KilledByExplorer && (!ScenariosRan || FailingOtherLevels.Count > 0)
        : KilledByDocumented || KilledByExplorer);
}
