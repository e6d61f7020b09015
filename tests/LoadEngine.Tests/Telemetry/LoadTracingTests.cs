using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using MfaConformance.LoadEngine.Telemetry;
using MfaConformance.LoadEngine.Tests.Support;
using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Tests.Telemetry;

public sealed class LoadTracingTests
{
    [Fact]
    public async Task Run_EveryIterationIsOneTraceWithASpanPerStep_AndFailedCallsNameTheirTraceIds()
    {
        var clock = new ManualLoadClock();
        var seen = new ConcurrentBag<(string Step, string TraceId, string SpanId, string? ParentSpanId)>();
        var scenario = Scenario.Create("traced", async ctx =>
            {
                await Step.Run("first", ctx, () => Seen("first", Response.Ok()));
                var second = await Step.Run("second", ctx, () => Seen("second", Response.Fail(statusCode: "401", errorCode: "1505")));
                return second.IsError ? Response.Fail() : Response.Ok();
            })
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 3));

        var result = await TestRuns.Builder(clock, scenario).RunAsync();

        var traces = seen.GroupBy(s => s.TraceId).ToList();
        traces.Count.ShouldBe(3, "one trace per iteration");
        traces.ShouldAllBe(t => t.Count() == 2 && t.Select(s => s.SpanId).Distinct().Count() == 2, "a span per step");
        traces.ShouldAllBe(t => t.All(s => s.ParentSpanId != null) && t.Select(s => s.ParentSpanId).Distinct().Count() == 1, "the steps are children of the iteration's span");
        var failed = result.Stats.Scenarios[0].Steps.Single(s => s.Name == "second").FailedCalls;
        failed.Select(c => c.TraceId).Order().ShouldBe(seen.Where(s => s.Step == "second").Select(s => s.TraceId).Order());
        failed.ShouldAllBe(c => c.StatusCode == "401" && c.ErrorCode == "1505");
        result.Stats.Scenarios[0].Total.FailedCalls.Select(c => c.TraceId).Order().ShouldBe(traces.Select(t => t.Key).Order(), "the failed iterations by their traces");
        result.Stats.Scenarios[0].Steps.Single(s => s.Name == "first").FailedCalls.ShouldBeEmpty();

        Task<Response> Seen(string step, Response response)
        {
            var span = Activity.Current!;
            seen.Add((step, span.TraceId.ToHexString(), span.SpanId.ToHexString(), span.ParentSpanId == default ? null : span.ParentSpanId.ToHexString()));
            return Task.FromResult(response);
        }
    }

    [Fact]
    public async Task Run_WithMetrics_InstrumentsCountWhatTheReportCounts()
    {
        var clock = new ManualLoadClock();
        var scenario = Scenario.Create("measured", async ctx =>
            {
                await Step.Run("ok_step", ctx, () => Task.FromResult(Response.Ok(statusCode: "200")));
                return await Step.Run("failing_step", ctx, () => Task.FromResult(Response.Fail(statusCode: "400", errorCode: "1519")));
            })
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 5));
        using var metrics = new LoadMetrics(agent: "agent-7");
        var counts = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == LoadMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var labels = tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString());
            labels["agent"].ShouldBe("agent-7");
            counts.AddOrUpdate($"{instrument.Name} {labels.GetValueOrDefault("step")} {labels.GetValueOrDefault("outcome")}{labels.GetValueOrDefault("code")}", value, (_, c) => c + value);
        });
        listener.Start();

        var result = await TestRuns.Builder(clock, scenario).WithMetrics(metrics).RunAsync();

        var steps = result.Stats.Scenarios[0].Steps;
        counts["mfa.load.steps ok_step ok"].ShouldBe(steps.Single(s => s.Name == "ok_step").Ok.Count);
        counts["mfa.load.steps failing_step fail"].ShouldBe(steps.Single(s => s.Name == "failing_step").Fail.Count);
        counts["mfa.load.errors failing_step 1519"].ShouldBe(5);
        counts["mfa.load.iterations  fail"].ShouldBe(result.Stats.Scenarios[0].Total.Fail.Count);
    }
}
