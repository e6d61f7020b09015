using MfaConformance.Explorer.Execution;

namespace MfaConformance.Explorer.Shrinking;

/// <summary>The smallest run found that still shows the contradiction, and how many replays it took.</summary>
/// <param name="Run">The minimal program's run (its steps, exchanges and the contradiction).</param>
/// <param name="Reproduced">False when replaying the program as it ran did not show the contradiction again: the original is kept.</param>
/// <param name="Replays">Programs replayed while shrinking.</param>
public sealed record ShrinkResult(ProgramRun Run, bool Reproduced, int Replays);
