namespace MfaConformance.ReferenceServer.Weaknesses;

/// <summary>
/// A planted security weakness: its name, what it does, and the check of the security stage (issue 21) that must flag
/// it. Unlike a mutant it breaks no documented rule: the conformance suite passes against it.
/// </summary>
public sealed record WeaknessInfo(string Name, string Effect, string Check)
{
    /// <summary>One line for --list-weaknesses: name, effect and the check that flags it.</summary>
    public string Describe() => $"{Name,-30} {Effect} [flagged by: {Check}]";
}
