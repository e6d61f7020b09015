using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Load;

/// <summary>What one `load` run asks for beyond the harness settings (rate, duration, load config and pre-flight are settings). Null members take the defaults.</summary>
internal sealed record LoadRunOptions
{
    /// <summary>The scenario (a C# flow or a Gherkin scenario); null: returning_user_login.</summary>
    public string? Scenario { get; init; }

    /// <summary>Warm-up before measuring; null: 2 s.</summary>
    public TimeSpan? WarmUp { get; init; }

    /// <summary>Seed of the generated customers; null: the fixed default (reproducible runs).</summary>
    public int? Seed { get; init; }

    /// <summary>Customers provisioned before the clock starts; null: one per planned iteration.</summary>
    public int? Customers { get; init; }

    /// <summary>Coordinate this run over agents on NATS instead of running it here; null: run here.</summary>
    public LoadEngine.Cluster.ClusterOptions? Cluster { get; init; }

    /// <summary>p99 bound of every step in the built-in thresholds (when no config gives thresholds).</summary>
    public int StepP99Milliseconds { get; init; } = 500;

    /// <summary>Live progress lines while running.</summary>
    public bool ConsoleProgress { get; init; } = true;

    /// <summary>Whether Ctrl+C stops the run gracefully (reports still written).</summary>
    public bool HandleCtrlC { get; init; } = true;

    /// <summary>`load`: compare the run with <see cref="HarnessSettings.BaselinePath"/> at the end (accept reads that setting as a bundle instead).</summary>
    public bool CompareWithBaseline { get; init; }
    /// <summary>The live instruments the run records on (exported by the command's OpenTelemetry providers); null: none.</summary>
    public LoadEngine.Telemetry.LoadMetrics? Metrics { get; init; }

    /// <summary>Where progress and the summary go; null: nowhere.</summary>
    public TextWriter? Output { get; init; }
}
