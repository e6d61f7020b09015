namespace MfaConformance.LoadEngine;

/// <summary>
/// A scenario ready to run (NBomber's <c>ScenarioProps</c>); immutable, each <c>With*</c> returns a changed copy.
/// Defaults: no warm-up, no fail-count limit, no simulations (one must be given, in code or by <c>LoadConfig</c>).
/// </summary>
public sealed record ScenarioProps
{
    internal ScenarioProps(string name, Func<IScenarioContext, Task<Response>> run)
    {
        Name = name;
        Run = run;
    }

    /// <summary>The scenario's name (stable, snake_case by convention).</summary>
    public string Name { get; }

    /// <summary>Warm-up run before measuring (excluded from all statistics); zero for none.</summary>
    public TimeSpan WarmUpDuration { get; private init; }

    /// <summary>The run of this scenario stops once more than this many iterations failed; null for no limit.</summary>
    public int? MaxFailCount { get; private init; }

    /// <summary>The load phases, in order.</summary>
    public IReadOnlyList<LoadSimulation> LoadSimulations { get; private init; } = [];

    internal Func<IScenarioContext, Task<Response>> Run { get; }

    internal Func<IScenarioInitContext, Task>? Init { get; private init; }

    internal Func<IScenarioInitContext, Task>? Clean { get; private init; }

    /// <summary>Provisioning before the clock starts.</summary>
    public ScenarioProps WithInit(Func<IScenarioInitContext, Task> init) => this with { Init = init ?? throw new ArgumentNullException(nameof(init)) };

    /// <summary>Clean-up after the scenario's load ended (also after a cancelled run).</summary>
    public ScenarioProps WithClean(Func<IScenarioInitContext, Task> clean) => this with { Clean = clean ?? throw new ArgumentNullException(nameof(clean)) };

    /// <summary>Runs the first simulation's shape for <paramref name="duration"/> before measuring.</summary>
    public ScenarioProps WithWarmUpDuration(TimeSpan duration) =>
        duration >= TimeSpan.Zero
            ? this with { WarmUpDuration = duration }
            : throw new ArgumentOutOfRangeException(nameof(duration), duration, "warm-up must not be negative");

    /// <summary>No warm-up.</summary>
    public ScenarioProps WithoutWarmUp() => this with { WarmUpDuration = TimeSpan.Zero };

    /// <summary>Stops the scenario once more than <paramref name="maxFailCount"/> iterations failed.</summary>
    public ScenarioProps WithMaxFailCount(int maxFailCount) =>
        maxFailCount >= 0
            ? this with { MaxFailCount = maxFailCount }
            : throw new ArgumentOutOfRangeException(nameof(maxFailCount), maxFailCount, "max fail count must be 0 or more");

    /// <summary>The load phases, run in order.</summary>
    public ScenarioProps WithLoadSimulations(params LoadSimulation[] simulations)
    {
        ArgumentNullException.ThrowIfNull(simulations);
        if (simulations.Length == 0 || Array.Exists(simulations, s => s is null))
        {
            throw new ArgumentException($"scenario '{Name}': give at least one load simulation and no null ones", nameof(simulations));
        }

        return this with { LoadSimulations = [.. simulations] };
    }
}
