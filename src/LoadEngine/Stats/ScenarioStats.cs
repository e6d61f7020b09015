namespace MfaConformance.LoadEngine.Stats;

/// <summary>
/// Statistics of one scenario: <see cref="Total"/> covers whole iterations, <see cref="Steps"/> each named step.
/// <see cref="LateStarts"/> counts open-model starts that began later than the lateness bound after their
/// intended time; <see cref="DroppedStarts"/> those skipped because the concurrency cap was reached.
/// </summary>
public sealed record ScenarioStats(
    string Name,
    StepStats Total,
    IReadOnlyList<StepStats> Steps,
    long LateStarts,
    long DroppedStarts,
    double MaxStartLagMs,
    TimeSpan Duration,
    IReadOnlyList<string> Simulations,
    string? StopReason);
