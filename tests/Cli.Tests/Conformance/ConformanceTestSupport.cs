using MfaConformance.Bdd;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
namespace MfaConformance.Cli.Tests.Conformance;

/// <summary>Shared helpers of the verify/mutants tests: the repository's features, temporary report folders, result builders.</summary>
internal static class ConformanceTestSupport
{
    public static string SuiteRoot => RepositoryRoot.Find(AppContext.BaseDirectory);

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "mfac-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static ScenarioResult Scenario(string name, TestOutcome outcome, params string[] tags) => new()
    {
        PickleId = name,
        Name = name,
        DisplayName = "Feature: " + name,
        FeatureTitle = "Feature",
        Outcome = outcome,
        Tags = tags,
        ErrorMessage = outcome == TestOutcome.Failed ? "expected the call to succeed" : null,
        SkipReason = outcome == TestOutcome.Skipped ? "needs-clock: no clock hook" : null,
    };

    public static TestRunResult Run(params ScenarioResult[] scenarios) => new()
    {
        Features = [new FeatureResult { Feature = new GherkinFeature("features/x.feature", "Feature", null, [], "en", string.Empty), Scenarios = scenarios }],
    };
}
