using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine.Tests.Thresholds;

public sealed class ThresholdParserTests
{
    [Theory]
    [InlineData("p99(step=mfa_password_validate) < 250ms", ThresholdMetric.P99, ThresholdScope.Step, "mfa_password_validate", ThresholdComparator.Less, 250)]
    [InlineData("fail_rate < 1%", ThresholdMetric.FailRate, ThresholdScope.All, null, ThresholdComparator.Less, 0.01)]
    [InlineData("fail_rate <= 0.05", ThresholdMetric.FailRate, ThresholdScope.All, null, ThresholdComparator.LessOrEqual, 0.05)]
    [InlineData("rps >= 200", ThresholdMetric.Rps, ThresholdScope.All, null, ThresholdComparator.GreaterOrEqual, 200)]
    [InlineData("p99.9(scenario=login) <= 1.5s", ThresholdMetric.P999, ThresholdScope.Scenario, "login", ThresholdComparator.LessOrEqual, 1500)]
    [InlineData("mean < 800us", ThresholdMetric.Mean, ThresholdScope.All, null, ThresholdComparator.Less, 0.8)]
    [InlineData("dropped_starts == 0", ThresholdMetric.DroppedStarts, ThresholdScope.All, null, ThresholdComparator.Equal, 0)]
    [InlineData("late_starts > 3", ThresholdMetric.LateStarts, ThresholdScope.All, null, ThresholdComparator.Greater, 3)]
    public void Parse_ValidExpression_ReadsEveryPart(string expression, ThresholdMetric metric, ThresholdScope scope, string? name, ThresholdComparator comparator, double limit)
    {
        var threshold = Threshold.Parse(expression);

        threshold.Metric.ShouldBe(metric);
        threshold.Scope.ShouldBe(scope);
        threshold.ScopeName.ShouldBe(name);
        threshold.Comparator.ShouldBe(comparator);
        threshold.Limit.ShouldBe(limit, 1e-9);
        threshold.Expression.ShouldBe(expression);
    }

    [Theory]
    [InlineData("p98 < 5ms", "unknown metric 'p98'")]
    [InlineData("p99 250ms", "expected 'metric")]
    [InlineData("p99 < 250 parsecs", "unit 'parsecs' does not fit a latency")]
    [InlineData("p99 < 250%", "does not fit a latency")]
    [InlineData("fail_rate < 5ms", "does not fit fail_rate")]
    [InlineData("fail_rate < 150%", "within 0..1")]
    [InlineData("rps >= 200ms", "give a plain number")]
    [InlineData("p99(user=x) < 1s", "unknown scope 'user'")]
    [InlineData("p99(step=) < 1s", "names nothing")]
    [InlineData("   ", "empty")]
    public void Parse_BadExpression_NamesTheExpressionAndWhatIsWrong(string expression, string what)
    {
        var ex = Should.Throw<LoadConfigException>(() => Threshold.Parse(expression));

        ex.Message.ShouldContain($"\"{expression}\"");
        ex.Message.ShouldContain(what);
    }

    [Fact]
    public void Parse_WithAbortOptions_KeepsThem()
    {
        var threshold = Threshold.Parse("fail_rate < 5%", abortOnFail: true, startCheckAfter: TimeSpan.FromSeconds(5));

        threshold.AbortOnFail.ShouldBeTrue();
        threshold.StartCheckAfter.ShouldBe(TimeSpan.FromSeconds(5));
    }
}
