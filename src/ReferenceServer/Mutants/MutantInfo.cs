namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>
/// A deliberate defect the server can run with: its name, the rule it breaks, where the spec states it, and whether
/// that rule is documented or only a section-5 default (see <see cref="MutantLevel"/>).
/// </summary>
public sealed record MutantInfo(string Name, string BrokenRule, string SpecCitation, MutantLevel Level = MutantLevel.Documented)
{
    /// <summary>One line for --list-mutants: name, level, rule and citation.</summary>
    public string Describe() => $"{Name,-30} {BrokenRule} [{SpecCitation}]";
}
