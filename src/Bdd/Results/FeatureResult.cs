namespace MfaConformance.Bdd;

public sealed class FeatureResult
{
    public required FeatureInfo Feature { get; init; }

    /// <summary>The .feature file's text (for the Cucumber messages "source" envelope).</summary>
    public string? Source { get; init; }

    public IReadOnlyList<ScenarioResult> Scenarios { get; init; } = [];

    public TimeSpan Duration => TimeSpan.FromTicks(Scenarios.Sum(s => s.Duration.Ticks));

    public TestOutcome Outcome => TestRunResult.Worst(Scenarios.Select(s => s.Outcome));
}
