using MfaConformance.LoadEngine.Running;
using MfaConformance.LoadEngine.Tests.Support;
using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Tests.Running;

public sealed class OpenModelSchedulerTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task RunAsync_Inject_StartsEachIterationOnItsIntendedTime()
    {
        var clock = TestRuns.VirtualClock();
        var starts = new List<TimeSpan>();
        var scenario = Scenario.Create("timeline", ctx =>
            {
                starts.Add(clock.Now);
                return Task.FromResult(Response.Ok());
            })
            .WithLoadSimulations(Simulation.Inject(10, Second, TimeSpan.FromSeconds(2)), Simulation.Pause(Second), Simulation.Inject(2, Second, Second));

        var result = await TestRuns.Builder(clock, scenario).RunAsync();

        var expected = Enumerable.Range(0, 20).Select(k => TimeSpan.FromMilliseconds(k * 100))
            .Concat([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.5)]);
        starts.ShouldBe(expected);
        result.Stats.Scenarios[0].Total.Ok.Count.ShouldBe(22);
        result.Stats.Scenarios[0].LateStarts.ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_StalledIteration_MeasuresLaterStartsFromTheirIntendedTime()
    {
        var clock = TestRuns.VirtualClock();
        var scenario = Scenario.Create("stall", async ctx =>
            {
                return await Step.Run("call", ctx, () =>
                {
                    if (ctx.InvocationNumber == 5)
                    {
                        clock.Advance(Second);
                    }

                    return Task.FromResult(Response.Ok());
                });
            })
            .WithLoadSimulations(Simulation.Inject(10, Second, TimeSpan.FromSeconds(2)));

        var result = await TestRuns.Builder(clock, scenario).WithLateStartBound(TimeSpan.FromMilliseconds(100)).RunAsync();

        var stats = result.Stats.Scenarios[0];
        stats.Total.Ok.Count.ShouldBe(20);
        // Intended 600..1300 ms start at 1500 ms: lag 900..200 ms, over the 100 ms bound.
        stats.LateStarts.ShouldBe(8);
        stats.MaxStartLagMs.ShouldBe(900);
        stats.Total.Ok.Latency.MaxMs.ShouldBe(1000);
        stats.Total.Ok.Latency.P95Ms.ShouldBe(900, 900 * 0.005);
        stats.Total.Ok.ServiceTime.P95Ms.ShouldBe(0);
        var step = stats.Steps.ShouldHaveSingleItem();
        step.Ok.Latency.P95Ms.ShouldBe(900, 900 * 0.005);
        step.Ok.ServiceTime.MaxMs.ShouldBe(1000);
    }

    [Fact]
    public async Task RunAsync_ConcurrencyCapReached_DropsAndCountsStarts()
    {
        var clock = TestRuns.VirtualClock();
        var gate = new TaskCompletionSource<Response>(TaskCreationOptions.RunContinuationsAsynchronously);
        var scenario = Scenario.Create("capped", ctx => ctx.InvocationNumber == 0 ? gate.Task : Task.FromResult(Response.Ok()))
            .WithLoadSimulations(Simulation.Inject(10, Second, Second));
        using var runner = new ScenarioRunner(scenario, new RunSettings { Clock = clock, InlineDispatch = true, MaxConcurrency = 1 }, CancellationToken.None);

        var run = runner.RunAsync();
        runner.Recorder.DroppedStarts.ShouldBe(9);
        gate.SetResult(Response.Ok());
        await run;

        runner.Recorder.Total.OkCount.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_DroppingForTheOverloadLimit_StopsWithTheReason()
    {
        var clock = TestRuns.VirtualClock();
        var gate = new TaskCompletionSource<Response>(TaskCreationOptions.RunContinuationsAsynchronously);
        var scenario = Scenario.Create("overloaded", ctx => ctx.InvocationNumber == 0 ? gate.Task : Task.FromResult(Response.Ok()))
            .WithLoadSimulations(Simulation.Inject(10, Second, TimeSpan.FromSeconds(60)));
        var settings = new RunSettings { Clock = clock, InlineDispatch = true, MaxConcurrency = 1, OverloadStopAfter = TimeSpan.FromSeconds(2) };
        using var runner = new ScenarioRunner(scenario, settings, CancellationToken.None);

        var run = runner.RunAsync();
        gate.SetResult(Response.Ok());
        await run;

        runner.StopReason.ShouldNotBeNull().ShouldStartWith("overloaded: 1 iterations were in flight (max concurrency) for 2 s");
        // Starts 1..20 (100 ms apart) dropped; the one 2 s after the first drop stops the scenario, long before 60 s.
        runner.Recorder.DroppedStarts.ShouldBe(21);
        runner.Recorder.Total.OkCount.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_WarmUp_IsExcludedFromStatistics()
    {
        var clock = TestRuns.VirtualClock();
        long invocations = 0;
        var scenario = Scenario.Create("warm", ctx =>
            {
                invocations++;
                return Task.FromResult(Response.Ok());
            })
            .WithWarmUpDuration(Second)
            .WithLoadSimulations(Simulation.Inject(10, Second, Second));

        var result = await TestRuns.Builder(clock, scenario).RunAsync();

        invocations.ShouldBe(20);
        result.Stats.Scenarios[0].Total.Ok.Count.ShouldBe(10);
        result.Stats.Scenarios[0].Total.OverTime.Sum(i => i.OkCount).ShouldBe(10);
    }

    [Fact]
    public void PlannedIterations_OpenAndIterationBoundPhases_AddUpWithWarmUp()
    {
        var open = Scenario.Create("p", _ => Task.FromResult(Response.Ok()))
            .WithWarmUpDuration(Second)
            .WithLoadSimulations(Simulation.Inject(10, Second, TimeSpan.FromSeconds(3)), Simulation.IterationsForConstant(2, 7));
        var closed = open.WithLoadSimulations(Simulation.KeepConstant(2, Second));

        ScenarioRunner.PlannedIterations(open).ShouldBe(10 + 30 + 7);
        ScenarioRunner.PlannedIterations(closed).ShouldBeNull();
    }

    [Fact]
    public async Task RunAsync_ManualClock_WaitsForTheClockBeforeLaterStarts()
    {
        var clock = new ManualLoadClock();
        var count = 0;
        var scenario = Scenario.Create("manual", _ =>
            {
                count++;
                return Task.FromResult(Response.Ok());
            })
            .WithLoadSimulations(Simulation.Inject(2, Second, Second));
        using var runner = new ScenarioRunner(scenario, new RunSettings { Clock = clock, InlineDispatch = true }, CancellationToken.None);

        var run = runner.RunAsync();
        count.ShouldBe(1);
        clock.Advance(Second);
        await run;

        count.ShouldBe(2);
    }
}
