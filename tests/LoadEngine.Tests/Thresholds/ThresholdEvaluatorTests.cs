using MfaConformance.LoadEngine.Tests.Support;
using MfaConformance.LoadEngine.Thresholds;
using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Tests.Thresholds;

public sealed class ThresholdEvaluatorTests
{
    [Fact]
    public async Task RunAsync_Thresholds_PassAndFailOnMeasuredValues()
    {
        var result = await RunTwoStepScenario(
            "p99(step=slow) < 40ms",
            "p99(step=fast) < 40ms",
            "fail_rate < 30%",
            "fail_rate < 10%",
            "ok_count == 16",
            "p50(step=missing) < 1s");

        result.ThresholdResults.Select(r => r.Passed).ShouldBe([false, true, true, false, true, false]);
        result.ThresholdResults[0].ActualText.ShouldBe("50 ms");
        result.ThresholdResults[3].ActualText.ShouldBe("20%");
        result.ThresholdResults[5].Detail.ShouldNotBeNull().ShouldContain("no step named 'missing'");
        result.AllThresholdsPassed.ShouldBeFalse();
        result.ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_AllThresholdsHold_ExitCodeIsZero()
    {
        var result = await RunTwoStepScenario("p99 < 100ms", "rps > 0", "dropped_starts == 0");

        result.AllThresholdsPassed.ShouldBeTrue();
        result.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void IsSatisfiedBy_EachComparator_ComparesWithTheLimit()
    {
        Threshold.Parse("rps < 10").IsSatisfiedBy(9.9).ShouldBeTrue();
        Threshold.Parse("rps <= 10").IsSatisfiedBy(10).ShouldBeTrue();
        Threshold.Parse("rps > 10").IsSatisfiedBy(10).ShouldBeFalse();
        Threshold.Parse("rps >= 10").IsSatisfiedBy(10).ShouldBeTrue();
        Threshold.Parse("rps == 10").IsSatisfiedBy(11).ShouldBeFalse();
    }

    private static Task<LoadRunResult> RunTwoStepScenario(params string[] thresholds)
    {
        var clock = new ManualLoadClock();
        var scenario = Scenario.Create("two_steps", async ctx =>
            {
                await Step.Run("fast", ctx, () =>
                {
                    clock.Advance(TimeSpan.FromMilliseconds(5));
                    return Task.FromResult(Response.Ok());
                });
                return await Step.Run("slow", ctx, () =>
                {
                    clock.Advance(TimeSpan.FromMilliseconds(50));
                    return Task.FromResult(ctx.InvocationNumber % 5 == 0 ? Response.Fail(statusCode: "500") : Response.Ok());
                });
            })
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 20));
        return TestRuns.Builder(clock, scenario).WithThresholds(thresholds).RunAsync();
    }
}
