using MfaConformance.LoadEngine.Tests.Support;
using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Tests;

public sealed class StepTests
{
    [Fact]
    public async Task Run_NamedSteps_RecordsStatisticsPerStep()
    {
        var clock = new ManualLoadClock();
        var scenario = Scenario.Create("steps", async ctx =>
            {
                await Step.Run("first", ctx, () =>
                {
                    clock.Advance(TimeSpan.FromMilliseconds(10));
                    return Task.FromResult(Response.Ok(statusCode: "200", bytesSent: 100, bytesReceived: 300));
                });
                var second = await Step.Run("second", ctx, () => Task.FromResult(Response.Fail(statusCode: "401", errorCode: "1505")));
                return second.IsError ? Response.Fail() : Response.Ok();
            })
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 4));

        var result = await TestRuns.Builder(clock, scenario).RunAsync();

        var steps = result.Stats.Scenarios[0].Steps;
        steps.Select(s => s.Name).ShouldBe(["first", "second"]);
        steps[0].Ok.Count.ShouldBe(4);
        steps[0].Ok.Latency.P50Ms.ShouldBe(10);
        steps[0].Ok.BytesSent.ShouldBe(400);
        steps[0].Ok.BytesReceived.ShouldBe(1200);
        steps[1].Fail.Count.ShouldBe(4);
        steps[1].ErrorCodes["1505"].ShouldBe(4);
        result.Stats.Scenarios[0].Total.Fail.Count.ShouldBe(4);
        result.Stats.Scenarios[0].Total.Fail.BytesSent.ShouldBe(400, "an iteration's bytes are its steps' bytes");
        result.Stats.Scenarios[0].Total.Fail.BytesReceived.ShouldBe(1200);
    }

    [Fact]
    public async Task Run_StepThrows_CountsAFailureWithTheTruncatedMessage()
    {
        var scenario = Scenario.Create("throws", async ctx =>
                await Step.Run("boom", ctx, () => throw new InvalidOperationException(new string('x', 1000))))
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 1));

        var result = await TestRuns.Builder(TestRuns.VirtualClock(), scenario).RunAsync();

        var step = result.Stats.Scenarios[0].Steps.ShouldHaveSingleItem();
        step.Fail.Count.ShouldBe(1);
        var message = step.ErrorMessages.Keys.ShouldHaveSingleItem();
        message.ShouldStartWith("InvalidOperationException: xxx");
        message.Length.ShouldBe(300);
    }

    [Fact]
    public async Task RunUnmeasured_SetUpInsideAnIteration_IsExcludedFromLatency()
    {
        var clock = new ManualLoadClock();
        var scenario = Scenario.Create("unmeasured", async ctx =>
            {
                var otp = await Step.RunUnmeasured("read_otp", ctx, () =>
                {
                    clock.Advance(TimeSpan.FromMilliseconds(50));
                    return Task.FromResult("123456");
                });
                return await Step.Run("validate", ctx, () =>
                {
                    clock.Advance(TimeSpan.FromMilliseconds(20));
                    return Task.FromResult(otp.Length == 6 ? Response.Ok() : Response.Fail());
                });
            })
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 3));

        var result = await TestRuns.Builder(clock, scenario).RunAsync();

        var stats = result.Stats.Scenarios[0];
        stats.Total.Ok.Latency.MaxMs.ShouldBe(20);
        stats.Total.Ok.ServiceTime.MaxMs.ShouldBe(20);
        stats.Steps.ShouldHaveSingleItem().Name.ShouldBe("validate");
    }

    [Fact]
    public async Task Run_ForeignContext_ThrowsAClearError()
    {
        var ex = await Should.ThrowAsync<ArgumentException>(() => Step.Run("x", new ForeignContext(), () => Task.FromResult(Response.Ok())));

        ex.Message.ShouldContain("IScenarioContext the engine passed");
    }

    private sealed class ForeignContext : IScenarioContext
    {
        public string ScenarioName => "x";

        public long InvocationNumber => 0;

        public int ScenarioInstanceNumber => 0;

        public CancellationToken CancellationToken => CancellationToken.None;

        public object? Data { get; set; }

        public void WriteLine(string message)
        {
        }
    }
}
