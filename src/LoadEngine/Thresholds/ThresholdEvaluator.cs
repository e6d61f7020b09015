using System.Globalization;
using MfaConformance.LoadEngine.Stats;

namespace MfaConformance.LoadEngine.Thresholds;

/// <summary>Evaluates thresholds against a run's statistics (final or a live snapshot).</summary>
internal static class ThresholdEvaluator
{
    public static ThresholdResult Evaluate(Threshold threshold, IReadOnlyList<ScenarioStats> scenarios, bool abortedRun = false) =>
        EvaluateCore(threshold, scenarios, abortedRun) with
        {
            AbortLimit = threshold.AbortOnFail,
            AbortCheckAfterSeconds = threshold.AbortOnFail ? threshold.StartCheckAfter.TotalSeconds : null,
            Description = threshold.Description,
        };

    private static ThresholdResult EvaluateCore(Threshold threshold, IReadOnlyList<ScenarioStats> scenarios, bool abortedRun)
    {
        var name = DisplayName(threshold);
        var targets = Targets(threshold, scenarios);
        if (targets.Count == 0)
        {
            var what = threshold.Scope == ThresholdScope.Step ? "step" : "scenario";
            return new ThresholdResult(name, false, null, "n/a", $"no {what} named '{threshold.ScopeName}' was recorded", abortedRun);
        }

        var actual = Measure(threshold, targets);
        if (actual is null)
        {
            return new ThresholdResult(name, false, null, "n/a", "no successful samples to measure latency on", abortedRun);
        }

        var passed = threshold.IsSatisfiedBy(actual.Value);
        return new ThresholdResult(name, passed, actual, Format(threshold.Metric, actual.Value), passed ? null : $"measured {Format(threshold.Metric, actual.Value)}", abortedRun);
    }

    public static string DisplayName(Threshold threshold) =>
        threshold.Scope == ThresholdScope.Scenario && !threshold.Expression.Contains("scenario=", StringComparison.OrdinalIgnoreCase)
            ? $"{threshold.Expression} [scenario={threshold.ScopeName}]"
            : threshold.Expression;

    public static string Format(ThresholdMetric metric, double value) => metric switch
    {
        <= ThresholdMetric.Min => value.ToString("0.###", CultureInfo.InvariantCulture) + " ms",
        ThresholdMetric.FailRate => (value * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%",
        ThresholdMetric.Rps => value.ToString("0.##", CultureInfo.InvariantCulture),
        _ => value.ToString("0", CultureInfo.InvariantCulture),
    };

    private static List<(ScenarioStats Scenario, StepStats Stats)> Targets(Threshold threshold, IReadOnlyList<ScenarioStats> scenarios)
    {
        var result = new List<(ScenarioStats, StepStats)>();
        foreach (var scenario in scenarios)
        {
            switch (threshold.Scope)
            {
                case ThresholdScope.All:
                    result.Add((scenario, scenario.Total));
                    break;
                case ThresholdScope.Scenario when string.Equals(scenario.Name, threshold.ScopeName, StringComparison.Ordinal):
                    result.Add((scenario, scenario.Total));
                    break;
                case ThresholdScope.Step:
                    foreach (var step in scenario.Steps)
                    {
                        if (string.Equals(step.Name, threshold.ScopeName, StringComparison.Ordinal))
                        {
                            result.Add((scenario, step));
                        }
                    }

                    break;
            }
        }

        return result;
    }

    private static double? Measure(Threshold threshold, List<(ScenarioStats Scenario, StepStats Stats)> targets)
    {
        if (threshold.IsLatency)
        {
            double? worst = null;
            foreach (var (_, stats) in targets)
            {
                if (stats.Ok.Count > 0)
                {
                    var value = Latency(threshold.Metric, stats.Ok.Latency);
                    worst = worst is null ? value : Math.Max(worst.Value, value);
                }
            }

            return worst;
        }

        double ok = 0, fail = 0, rps = 0, late = 0, dropped = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (scenario, stats) in targets)
        {
            ok += stats.Ok.Count;
            fail += stats.Fail.Count;
            rps += stats.Rps;
            if (seen.Add(scenario.Name))
            {
                late += scenario.LateStarts;
                dropped += scenario.DroppedStarts;
            }
        }

        return threshold.Metric switch
        {
            ThresholdMetric.FailRate => ok + fail == 0 ? 0 : fail / (ok + fail),
            ThresholdMetric.Rps => rps,
            ThresholdMetric.FailCount => fail,
            ThresholdMetric.OkCount => ok,
            ThresholdMetric.LateStarts => late,
            _ => dropped,
        };
    }

    private static double Latency(ThresholdMetric metric, LatencyStats latency) => metric switch
    {
        ThresholdMetric.P50 => latency.P50Ms,
        ThresholdMetric.P75 => latency.P75Ms,
        ThresholdMetric.P95 => latency.P95Ms,
        ThresholdMetric.P99 => latency.P99Ms,
        ThresholdMetric.P999 => latency.P999Ms,
        ThresholdMetric.Max => latency.MaxMs,
        ThresholdMetric.Mean => latency.MeanMs,
        _ => latency.MinMs,
    };
}
