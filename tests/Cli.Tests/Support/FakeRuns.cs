using MfaConformance.Bdd;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Results;
using MfaConformance.LoadEngine;
using MfaConformance.LoadEngine.Stats;
using MfaConformance.LoadEngine.Thresholds;
namespace MfaConformance.Cli.Tests.Support;

/// <summary>Hand-built suite and load results for tests of what `accept` makes of them.</summary>
internal static class FakeRuns
{
    public static ScenarioResult Scenario(string name, string level, TestOutcome outcome, string? error = null, string pickleId = "features/x.feature:3") => new()
    {
        PickleId = pickleId,
        Name = name,
        DisplayName = $"Flow: {name}",
        FeatureTitle = "Flow",
        Tags = [level],
        Outcome = outcome,
        ErrorMessage = error,
        SkipReason = outcome == TestOutcome.Skipped ? error : null,
    };

    public static TestRunResult Run(params ScenarioResult[] scenarios) => new()
    {
        Features = [new FeatureResult { Feature = new GherkinFeature("features/x.feature", "Flow", null, [], "en", string.Empty), Scenarios = scenarios }],
        StartedAt = DateTimeOffset.UnixEpoch,
    };

    public static LoadRunResult Load(params ThresholdResult[] thresholds) =>
        new(new RunStats("run", DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(2), [], false), thresholds, [], null, []);

    public static ThresholdResult Threshold(string expression, bool passed, string actual) => new(expression, passed, 1, actual, null, false);
}
