namespace MfaConformance.LoadEngine.Thresholds;

/// <summary>
/// What a threshold looks at. <see cref="All"/>: every scenario (latency: the worst scenario; counts and rps:
/// summed; fail_rate: over all iterations). <see cref="Step"/>: every step of that name (latency: the worst).
/// </summary>
public enum ThresholdScope
{
    /// <summary>All scenarios (or, in a scenario's own config, that scenario).</summary>
    All,

    /// <summary>One scenario, by name.</summary>
    Scenario,

    /// <summary>One step, by name.</summary>
    Step,
}
