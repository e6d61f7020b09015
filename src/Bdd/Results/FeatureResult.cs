namespace MfaConformance.Bdd;

public sealed class FeatureResult
{
    public required GherkinFeature Feature { get; init; }

    public IReadOnlyList<ScenarioResult> Scenarios { get; init; } = [];

    public TimeSpan Duration => TimeSpan.FromTicks(Scenarios.Sum(s => s.Duration.Ticks));
}
