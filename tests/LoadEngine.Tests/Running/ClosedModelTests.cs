using MfaConformance.LoadEngine.Tests.Support;
using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Tests.Running;

public sealed class ClosedModelTests
{
    [Fact]
    public async Task RunAsync_IterationsForConstant_RunsExactlyTheIterationsOnTheCopies()
    {
        var instances = new System.Collections.Concurrent.ConcurrentBag<int>();
        var scenario = Scenario.Create("closed", ctx =>
            {
                instances.Add(ctx.ScenarioInstanceNumber);
                return Task.FromResult(Response.Ok());
            })
            .WithLoadSimulations(Simulation.IterationsForConstant(3, 30));

        var result = await TestRuns.Builder(TestRuns.VirtualClock(), scenario).RunAsync();

        result.Stats.Scenarios[0].Total.Ok.Count.ShouldBe(30);
        instances.Count.ShouldBe(30);
        instances.ShouldAllBe(i => i >= 0 && i < 3);
    }

    [Fact]
    public async Task RunAsync_KeepConstant_StopsWhenItsTimeIsUp()
    {
        var clock = new ManualLoadClock();
        var scenario = Scenario.Create("keep", _ =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(100));
                return Task.FromResult(Response.Ok());
            })
            .WithLoadSimulations(Simulation.KeepConstant(3, TimeSpan.FromSeconds(1)));

        var result = await TestRuns.Builder(clock, scenario).RunAsync();

        var ok = result.Stats.Scenarios[0].Total.Ok.Count;
        ok.ShouldBeGreaterThanOrEqualTo(10);
        ok.ShouldBeLessThanOrEqualTo(12);
        // Other copies advance the shared clock too, so an iteration lasts at least its own 100 ms.
        result.Stats.Scenarios[0].Total.Ok.Latency.MinMs.ShouldBeGreaterThanOrEqualTo(100);
    }

    [Fact]
    public async Task RunAsync_MaxFailCountExceeded_StopsTheScenarioAndSaysWhy()
    {
        var scenario = Scenario.Create("failing", _ => Task.FromResult(Response.Fail(statusCode: "500", errorCode: "1505")))
            .WithMaxFailCount(5)
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 100));

        var result = await TestRuns.Builder(TestRuns.VirtualClock(), scenario).RunAsync();

        var stats = result.Stats.Scenarios[0];
        stats.Total.Fail.Count.ShouldBe(6);
        stats.StopReason.ShouldNotBeNull().ShouldContain("max fail count 5");
        stats.Total.ErrorStatusCodes["500"].ShouldBe(6);
        stats.Total.ErrorCodes["1505"].ShouldBe(6);
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsAndStillWritesTheReports()
    {
        using var cts = new CancellationTokenSource();
        var folder = Path.Combine(Path.GetTempPath(), "loadengine-tests", Guid.NewGuid().ToString("N"));
        var scenario = Scenario.Create("cancel", ctx =>
            {
                if (ctx.InvocationNumber == 4)
                {
                    cts.Cancel();
                }

                return Task.FromResult(Response.Ok());
            })
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 1000));

        var result = await TestRuns.Builder(TestRuns.VirtualClock(), scenario)
            .WithReportFolder(folder).WithReportFormats(ReportFormat.Json).RunAsync(cts.Token);

        result.Cancelled.ShouldBeTrue();
        result.ExitCode.ShouldBe(2);
        result.Stats.Scenarios[0].Total.Ok.Count.ShouldBeLessThan(1000);
        result.Stats.Scenarios[0].StopReason.ShouldBe("cancelled");
        result.ReportFiles.Select(Path.GetFileName).ShouldBe(["report.json", "latency.hlog"]);
        result.ReportFiles.ShouldAllBe(f => File.Exists(f));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task RunAsync_InitThrows_ReportsTheErrorAndFailsTheRun()
    {
        var scenario = Scenario.Create("broken_init", _ => Task.FromResult(Response.Ok()))
            .WithInit(_ => throw new InvalidOperationException("no sandbox"))
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 3));

        var result = await TestRuns.Builder(TestRuns.VirtualClock(), scenario).RunAsync();

        result.Errors.ShouldHaveSingleItem().ShouldContain("no sandbox");
        result.ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_Init_SeesThePlannedIterations()
    {
        long? planned = -1;
        var scenario = Scenario.Create("planned", _ => Task.FromResult(Response.Ok()))
            .WithInit(init =>
            {
                planned = init.PlannedIterations;
                return Task.CompletedTask;
            })
            .WithLoadSimulations(Simulation.IterationsForConstant(2, 9));

        await TestRuns.Builder(TestRuns.VirtualClock(), scenario).RunAsync();

        planned.ShouldBe(9);
    }

    [Fact]
    public async Task RunAsync_RampingConstantUpThenDown_AddsAndRetiresCopies()
    {
        var clock = TestRuns.VirtualClock();
        var instances = new System.Collections.Concurrent.ConcurrentDictionary<int, long>();
        var scenario = Scenario.Create("ramp", async ctx =>
            {
                instances.AddOrUpdate(ctx.ScenarioInstanceNumber, 1, (_, n) => n + 1);
                // The virtual clock completes waits at once, so one copy could run the whole phase before the ramp's
                // controller is scheduled (seen on a loaded machine). Near the phase's end a copy lets the others in
                // until all three started (a bounded poll: at most 30 s of real time, then the assertion speaks).
                var patience = System.Diagnostics.Stopwatch.StartNew();
                while (clock.Now >= TimeSpan.FromSeconds(9) && instances.Count < 3 && patience.Elapsed < TimeSpan.FromSeconds(30))
                {
                    await Task.Yield();
                }
                await clock.DelayUntilAsync(clock.Now + TimeSpan.FromMilliseconds(10), CancellationToken.None);
                return Response.Ok();
            })
            .WithLoadSimulations(
                Simulation.RampingConstant(3, TimeSpan.FromSeconds(10)),
                Simulation.RampingConstant(0, TimeSpan.FromSeconds(10)));

        var result = await TestRuns.Builder(clock, scenario).RunAsync();

        instances.Keys.Order().ShouldBe([0, 1, 2]);
        result.Stats.Scenarios[0].Total.Ok.Count.ShouldBe(instances.Values.Sum());
        clock.Now.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(20));
    }
}
