namespace MfaConformance.Explorer.Exploration;

/// <summary>Where an exploration stands after a program.</summary>
public sealed record ExploreProgress(int Programs, int Calls, int Contradictions, TimeSpan Elapsed);
