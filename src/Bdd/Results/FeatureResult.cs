using MfaConformance.Bdd.Gherkin;
namespace MfaConformance.Bdd.Results;

public sealed class FeatureResult
{
    public required GherkinFeature Feature { get; init; }

    public IReadOnlyList<ScenarioResult> Scenarios { get; init; } = [];

    public TimeSpan Duration => TimeSpan.FromTicks(Scenarios.Sum(s => s.Duration.Ticks));
}
