namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>
/// A deliberate defect the server can run with: its name, the rule it breaks, where the spec states it, the id of that
/// rule in the harness's rule × endpoint matrix (docs/rules.md), and whether the rule is documented or only a section-5
/// default (see <see cref="MutantLevel"/>). A mutant that skips a shared check names it in <see cref="Check"/>, on every
/// endpoint or only on <see cref="Endpoints"/>.
/// </summary>
public sealed record MutantInfo(string Name, string BrokenRule, string SpecCitation, string Rule, MutantLevel Level = MutantLevel.Documented)
{
    /// <summary>The shared check the mutant skips, or <see cref="MutantCheck.None"/> for a defect written in place.</summary>
    public MutantCheck Check { get; init; }

    /// <summary>What the mutant was chosen to test: the scenario suite (<see cref="Mutants.All"/>) or the explorer (<see cref="Mutants.Explorer"/>).</summary>
    public MutantFamily Family { get; init; }

    /// <summary>The endpoints where <see cref="Check"/> is skipped; empty for every endpoint.</summary>
    public IReadOnlyList<MutantEndpoint> Endpoints { get; init; } = [];

    /// <summary>One line for --list-mutants: name, rule and citation.</summary>
    public string Describe() => $"{Name,-46} {BrokenRule} [{SpecCitation}]";
}
