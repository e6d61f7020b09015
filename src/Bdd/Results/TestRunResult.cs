namespace MfaConformance.Bdd.Results;

/// <summary>Everything a run produced: features, scenarios, steps. Formatters take this.</summary>
public sealed class TestRunResult
{
    public IReadOnlyList<FeatureResult> Features { get; init; } = [];

    public DateTimeOffset StartedAt { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Errors outside scenarios (e.g. a failing [BeforeTestRun] or [AfterTestRun] hook).</summary>
    public IReadOnlyList<string> RunErrors { get; init; } = [];

    public IEnumerable<ScenarioResult> Scenarios => Features.SelectMany(f => f.Scenarios);

    public int Count(TestOutcome outcome) => Scenarios.Count(s => s.Outcome == outcome);

    /// <summary>True when the run had no error and every scenario passed or was skipped (undefined and pending steps fail).</summary>
    public bool IsSuccess => RunErrors.Count == 0 && Scenarios.All(s => s.Outcome is TestOutcome.Passed or TestOutcome.Skipped);

    /// <summary>The worst of the outcomes (Cucumber's order: failed, ambiguous, undefined, pending, skipped, passed).</summary>
    public static TestOutcome Worst(IEnumerable<TestOutcome> outcomes)
    {
        var worst = TestOutcome.Passed;
        foreach (var o in outcomes)
        {
            if (Rank(o) > Rank(worst))
            {
                worst = o;
            }
        }

        return worst;
    }

    private static int Rank(TestOutcome o) => o switch
    {
        TestOutcome.Failed => 5,
        TestOutcome.Ambiguous => 4,
        TestOutcome.Undefined => 3,
        TestOutcome.Pending => 2,
        TestOutcome.Skipped => 1,
        _ => 0,
    };
}
