namespace MfaConformance.LoadEngine.Comparison;

/// <summary>The figures a comparison judges for every scenario and step.</summary>
public enum Figure
{
    /// <summary>Calls (ok + failed) per second.</summary>
    Throughput,

    /// <summary>Failed / all calls.</summary>
    ErrorRate,

    /// <summary>Latency percentiles from the intended start (ok calls).</summary>
    P50,

    /// <summary>90th percentile.</summary>
    P90,

    /// <summary>99th percentile.</summary>
    P99,

    /// <summary>99.9th percentile.</summary>
    P999,

    /// <summary>Largest latency.</summary>
    Max,
}

/// <summary>Names and percentiles of <see cref="Figure"/>.</summary>
public static class Figures
{
    /// <summary>Every figure, in the order of the reports.</summary>
    public static IReadOnlyList<Figure> All { get; } = Enum.GetValues<Figure>();

    /// <summary>The latency figures, in order.</summary>
    public static IReadOnlyList<Figure> Latency { get; } = [Figure.P50, Figure.P90, Figure.P99, Figure.P999, Figure.Max];

    /// <summary>The name reports and limits use (p99, p99.9, max, rps, fail_rate).</summary>
    public static string Name(Figure figure) => figure switch
    {
        Figure.Throughput => "rps",
        Figure.ErrorRate => "fail_rate",
        Figure.P50 => "p50",
        Figure.P90 => "p90",
        Figure.P99 => "p99",
        Figure.P999 => "p99.9",
        _ => "max",
    };

    /// <summary>The figure a limit names (p999 and p99.9 are the same), or null.</summary>
    public static Figure? Parse(string name) => name.ToLowerInvariant() switch
    {
        "rps" or "throughput" => Figure.Throughput,
        "fail_rate" or "error_rate" => Figure.ErrorRate,
        "p50" => Figure.P50,
        "p90" => Figure.P90,
        "p99" => Figure.P99,
        "p99.9" or "p999" => Figure.P999,
        "max" => Figure.Max,
        _ => null,
    };

    /// <summary>The percentile of a latency figure (max: 100).</summary>
    public static double Percentile(Figure figure) => figure switch
    {
        Figure.P50 => 50,
        Figure.P90 => 90,
        Figure.P99 => 99,
        Figure.P999 => 99.9,
        _ => 100,
    };

    /// <summary>True for the latency figures.</summary>
    public static bool IsLatency(Figure figure) => figure >= Figure.P50;
}
