using System.Globalization;
using System.Text.RegularExpressions;

namespace MfaConformance.LoadEngine.Thresholds;

/// <summary>Parses threshold expressions: <c>metric[(step=name|scenario=name)] op number[unit]</c>.</summary>
internal static partial class ThresholdParser
{
    private static readonly Dictionary<string, ThresholdMetric> Metrics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p50"] = ThresholdMetric.P50,
        ["p75"] = ThresholdMetric.P75,
        ["p95"] = ThresholdMetric.P95,
        ["p99"] = ThresholdMetric.P99,
        ["p99.9"] = ThresholdMetric.P999,
        ["p999"] = ThresholdMetric.P999,
        ["max"] = ThresholdMetric.Max,
        ["mean"] = ThresholdMetric.Mean,
        ["min"] = ThresholdMetric.Min,
        ["fail_rate"] = ThresholdMetric.FailRate,
        ["rps"] = ThresholdMetric.Rps,
        ["fail_count"] = ThresholdMetric.FailCount,
        ["ok_count"] = ThresholdMetric.OkCount,
        ["late_starts"] = ThresholdMetric.LateStarts,
        ["dropped_starts"] = ThresholdMetric.DroppedStarts,
    };

    public static Threshold Parse(string expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            throw Bad(expression, "it is empty");
        }

        var match = Shape().Match(expression);
        if (!match.Success)
        {
            throw Bad(expression, "expected 'metric[(step=name|scenario=name)] <|<=|>|>=|== number[unit]', e.g. 'p99(step=token_generate) < 250ms'");
        }

        var metricText = match.Groups["metric"].Value;
        if (!Metrics.TryGetValue(metricText, out var metric))
        {
            throw Bad(expression, $"unknown metric '{metricText}' (known: {string.Join(", ", Metrics.Keys)})");
        }

        var (scope, scopeName) = ParseScope(expression, match);
        var comparator = match.Groups["op"].Value switch
        {
            "<" => ThresholdComparator.Less,
            "<=" => ThresholdComparator.LessOrEqual,
            ">" => ThresholdComparator.Greater,
            ">=" => ThresholdComparator.GreaterOrEqual,
            _ => ThresholdComparator.Equal,
        };
        var number = double.Parse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var limit = ApplyUnit(expression, metric, number, match.Groups["unit"].Value);
        return new Threshold(expression.Trim(), metric, scope, scopeName, comparator, limit);
    }

    private static (ThresholdScope Scope, string? Name) ParseScope(string expression, Match match)
    {
        if (!match.Groups["scope"].Success)
        {
            return (ThresholdScope.All, null);
        }

        var name = match.Groups["name"].Value.Trim();
        if (name.Length == 0)
        {
            throw Bad(expression, "the scope names nothing: write e.g. '(step=token_generate)'");
        }

        return match.Groups["scope"].Value.ToLowerInvariant() switch
        {
            "step" => (ThresholdScope.Step, name),
            "scenario" => (ThresholdScope.Scenario, name),
            var other => throw Bad(expression, $"unknown scope '{other}' (use step= or scenario=)"),
        };
    }

    private static double ApplyUnit(string expression, ThresholdMetric metric, double number, string unit)
    {
        var latency = metric <= ThresholdMetric.Min;
        if (latency)
        {
            return unit switch
            {
                "" or "ms" => number,
                "s" => number * 1000,
                "us" or "µs" => number / 1000,
                _ => throw Bad(expression, $"unit '{unit}' does not fit a latency (use ms, s or us)"),
            };
        }

        if (metric == ThresholdMetric.FailRate)
        {
            var fraction = unit switch
            {
                "%" => number / 100,
                "" => number,
                _ => throw Bad(expression, $"unit '{unit}' does not fit fail_rate (use % or a fraction 0..1)"),
            };
            return fraction is >= 0 and <= 1 ? fraction : throw Bad(expression, "fail_rate must be within 0..1 (or 0%..100%)");
        }

        return unit.Length == 0 ? number : throw Bad(expression, $"'{unit}' is not a unit for {metric}: give a plain number");
    }

    private static LoadConfigException Bad(string? expression, string what) =>
        new($"threshold \"{expression}\" is not valid: {what}");

    [GeneratedRegex(@"^\s*(?<metric>[A-Za-z_][A-Za-z0-9_.]*)\s*(?:\(\s*(?<scope>[A-Za-z]+)\s*=(?<name>[^)]*)\)\s*)?(?<op><=|>=|==|<|>)\s*(?<value>[0-9]+(?:\.[0-9]+)?)\s*(?<unit>ms|s|us|µs|%|[A-Za-z]+)?\s*$")]
    private static partial Regex Shape();
}
