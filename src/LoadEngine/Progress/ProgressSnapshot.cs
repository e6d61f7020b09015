namespace MfaConformance.LoadEngine.Progress;

/// <summary>What the live progress shows at one tick.</summary>
internal sealed record ProgressSnapshot(TimeSpan Elapsed, TimeSpan? Remaining, IReadOnlyList<ScenarioProgress> Scenarios);

/// <summary>One scenario's line of live progress.</summary>
internal sealed record ScenarioProgress(string Name, long Ok, long Fail, double CurrentRps, double P99Ms, long LateStarts, long DroppedStarts, string State);
