using MfaConformance.LoadEngine.Comparison;
using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine.Tests.Comparison;

public sealed class RegressionLimitTests
{
    [Theory]
    [InlineData("p99(step=mfa_password_validate) regression < 10%", Figure.P99, ThresholdScope.Step, "mfa_password_validate", 0.10, true)]
    [InlineData("p50 regression <= 2ms", Figure.P50, ThresholdScope.All, null, 2.0, false)]
    [InlineData("p99.9(scenario=returning_user_login) regression < 1s", Figure.P999, ThresholdScope.Scenario, "returning_user_login", 1000.0, false)]
    [InlineData("fail_rate regression < 0.5%", Figure.ErrorRate, ThresholdScope.All, null, 0.005, false)]
    [InlineData("rps regression < 5%", Figure.Throughput, ThresholdScope.All, null, 0.05, true)]
    public void Parse_ReadsFigureScopeAndLimit(string text, Figure figure, ThresholdScope scope, string? name, double limit, bool relative)
    {
        var parsed = RegressionLimit.Parse(text);

        parsed.Figure.ShouldBe(figure);
        parsed.Scope.ShouldBe(scope);
        parsed.ScopeName.ShouldBe(name);
        parsed.Limit.ShouldBe(limit, 1e-12);
        parsed.Relative.ShouldBe(relative);
    }

    [Theory]
    [InlineData("p99(step=x) < 10%", "expected 'figure[(step=name|scenario=name)] regression < number(%|ms)'")]
    [InlineData("p98 regression < 10%", "unknown figure 'p98'")]
    [InlineData("p99 regression < 10", "the limit needs a unit")]
    [InlineData("rps regression < 5ms", "an rps regression is relative")]
    [InlineData("fail_rate regression < 2ms", "percentage points")]
    [InlineData("p99(host=a) regression < 10%", "unknown scope 'host'")]
    public void Parse_BadLimit_SaysWhatIsWrong(string text, string message)
    {
        var ex = Should.Throw<LoadConfigException>(() => RegressionLimit.Parse(text));

        ex.Message.ShouldContain($"\"{text}\"");
        ex.Message.ShouldContain(message);
    }

    [Fact]
    public void Limits_FailOnARegressionBeyondThem_HoldWithinThem_AndFailOnAStepInNeitherRun()
    {
        var baseline = new RecordedRun("a", "a", null, [IntervalTestTests.Row(1, 12, 20), IntervalTestTests.Row(2, 12, 20, step: "token_generate")]);
        var current = new RecordedRun("b", "b", null, [IntervalTestTests.Row(3, 12, 20, addMs: 20), IntervalTestTests.Row(4, 12, 20, step: "token_generate")]);
        var limits = RegressionLimit.ParseList([
            "p50(step=mfa_password_validate) regression < 10%; p50(step=token_generate) regression < 10%",
            "p50(step=mfa_password_validate) regression < 5000%",
            "p99(step=no_such_step) regression < 10%",
        ]);

        var comparison = RunComparison.Compare(baseline, current, limits);

        comparison.Limits.Select(l => l.Passed).ShouldBe([false, true, true, false]);
        comparison.Limits[0].Detail!.ShouldContain("returning_user_login/mfa_password_validate");
        comparison.Limits[0].Detail!.ShouldContain("regression, limit 10%");
        comparison.Limits[3].Detail.ShouldBe("no step named 'no_such_step' is in both runs");
        comparison.Passed.ShouldBeFalse();
    }
}
