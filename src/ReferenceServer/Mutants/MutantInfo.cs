namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>A deliberate defect the server can run with: its name, the rule it breaks and where the spec states it.</summary>
public sealed record MutantInfo(string Name, string BrokenRule, string SpecCitation);
