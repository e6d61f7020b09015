using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine.Config;

/// <summary>A scenario's section of a <see cref="LoadConfig"/>; null members leave the code's settings alone.</summary>
public sealed record ScenarioLoadConfig
{
    /// <summary>Warm-up duration ("warmUp").</summary>
    public TimeSpan? WarmUp { get; init; }

    /// <summary>Max fail count ("maxFailCount").</summary>
    public int? MaxFailCount { get; init; }

    /// <summary>Load simulations ("simulations"), replacing the code's.</summary>
    public IReadOnlyList<LoadSimulation>? Simulations { get; init; }

    /// <summary>Thresholds ("thresholds"); unscoped ones apply to this scenario.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];
}
