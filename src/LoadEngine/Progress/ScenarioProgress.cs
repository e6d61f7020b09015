namespace MfaConformance.LoadEngine.Progress;

/// <summary>One scenario's line of live progress; <see cref="State"/> is running, finished or stopped: reason.</summary>
internal sealed record ScenarioProgress(string Name, long Ok, long Fail, double CurrentRps, double P99Ms, long LateStarts, long DroppedStarts, string State);
