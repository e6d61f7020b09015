namespace MfaConformance.LoadEngine.Progress;

/// <summary>What the live progress shows at one tick.</summary>
internal sealed record ProgressSnapshot(TimeSpan Elapsed, TimeSpan? Remaining, IReadOnlyList<ScenarioProgress> Scenarios);
