using MfaConformance.LoadEngine.Tests.Support;
using MfaConformance.LoadEngine.Thresholds;
using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Tests.Running;

public sealed class RunMonitorTests
{
    [Fact]
    public async Task RunAsync_AbortingThresholdFails_StopsTheRunAndNamesTheThreshold()
    {
        var clock = new ManualLoadClock();
        var console = new StringWriter();
        var scenario = Scenario.Create("always_failing", async _ =>
            {
                await Task.Yield();
                clock.Advance(TimeSpan.FromMilliseconds(10));
                return Response.Fail(statusCode: "500");
            })
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 200_000));

        var result = await TestRuns.Builder(clock, scenario)
            .WithReportingInterval(TimeSpan.FromMilliseconds(100))
            .WithConsoleProgress(true)
            .WithConsole(console)
            .WithThresholds(Threshold.Parse("fail_rate < 5%", abortOnFail: true))
            .RunAsync();

        var stats = result.Stats.Scenarios[0];
        stats.Total.Fail.Count.ShouldBeLessThan(200_000);
        stats.StopReason.ShouldNotBeNull().ShouldContain("threshold 'fail_rate < 5%' failed");
        var threshold = result.ThresholdResults.ShouldHaveSingleItem();
        threshold.Passed.ShouldBeFalse();
        threshold.AbortedRun.ShouldBeTrue();
        result.Cancelled.ShouldBeFalse();
        console.ToString().ShouldContain("[load] always_failing elapsed");
    }
}
