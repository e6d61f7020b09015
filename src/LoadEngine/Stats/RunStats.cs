namespace MfaConformance.LoadEngine.Stats;

/// <summary>Everything measured in one run.</summary>
public sealed record RunStats(string RunId, DateTimeOffset StartedUtc, TimeSpan Duration, IReadOnlyList<ScenarioStats> Scenarios, bool Cancelled);
