using MfaConformance.LoadEngine.Config;

namespace MfaConformance.LoadBench;

/// <summary>Command-line options: --duration 10s --connections 32 --rate 1000 --iterations 1000000 --wrk wrk --only a,b,c.</summary>
internal sealed record BenchOptions
{
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public int Connections { get; init; } = 32;

    public int Rate { get; init; } = 1000;

    public long Iterations { get; init; } = 1_000_000;

    public string Wrk { get; init; } = "wrk";

    /// <summary>Iterations per second of phase (d), the full returning-user flow.</summary>
    public int FlowRate { get; init; } = 200;

    /// <summary>Open-model rates of phase (e).</summary>
    public IReadOnlyList<int> OpenRates { get; init; } = [5_000, 10_000, 20_000];

    public string Only { get; init; } = "a,b,c,d,e";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"option {args[i]} needs a value");
            options = args[i] switch
            {
                "--duration" => options with { Duration = DurationParser.Parse(value, "--duration") },
                "--connections" => options with { Connections = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--iterations" => options with { Iterations = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--wrk" => options with { Wrk = value },
                "--open-rates" => options with { OpenRates = [.. value.Split(',').Select(r => int.Parse(r, System.Globalization.CultureInfo.InvariantCulture))] },
                "--flow-rate" => options with { FlowRate = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--only" => options with { Only = value },
                _ => throw new ArgumentException($"unknown option {args[i]} (known: --duration, --connections, --rate, --iterations, --flow-rate, --open-rates, --wrk, --only)"),
            };
        }

        return options;
    }

    public bool Runs(string phase) => Only.Split(',').Contains(phase, StringComparer.OrdinalIgnoreCase);
}
