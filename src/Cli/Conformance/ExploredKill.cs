using MfaConformance.Explorer.Model;

namespace MfaConformance.Cli.Conformance;

/// <summary>What the explorer found against one server of the kill matrix: the first contradiction (or none) and its cost.</summary>
/// <param name="Contradiction">The first contradiction of a must, or null.</param>
/// <param name="Programs">Programs run until then (or the whole budget).</param>
/// <param name="Elapsed">Exploring time.</param>
/// <param name="Gherkin">The program that showed it, printed (shrunk with --shrink).</param>
internal sealed record ExploredKill(Contradiction? Contradiction, int Programs, TimeSpan Elapsed, string? Gherkin);
