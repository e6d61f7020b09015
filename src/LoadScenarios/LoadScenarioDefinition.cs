using MfaConformance.LoadEngine;

using MfaConformance.LoadScenarios.Data;
namespace MfaConformance.LoadScenarios;

/// <summary>
/// A load scenario ready to register with <c>LoadRunner</c>: its engine props, the names of its measured steps
/// (for per-step thresholds) and, for the C# flows, the customers its init provisioned.
/// </summary>
public sealed class LoadScenarioDefinition(string name, string description, ScenarioProps props, IReadOnlyList<string> steps, Func<CustomerPool>? customers = null)
{
    public string Name { get; } = name;

    /// <summary>One line for `load --list`.</summary>
    public string Description { get; } = description;

    public ScenarioProps Props { get; } = props;

    /// <summary>The measured steps, in order (a step may be measured more than once per iteration).</summary>
    public IReadOnlyList<string> Steps { get; } = steps;

    /// <summary>The customers provisioned by the last init (empty before it, and for Gherkin scenarios).</summary>
    public CustomerPool Customers => customers?.Invoke() ?? CustomerPool.Empty;

    /// <summary>
    /// The limit every run keeps whatever its thresholds: once 10 s were measured, more than half of the iterations
    /// failing stops the run (the target is down or overloaded); the reports name it and are still written.
    /// </summary>
    public LoadEngine.Thresholds.Threshold AbortLimit() =>
        LoadEngine.Thresholds.Threshold.Parse($"fail_rate(scenario={Name}) < 50%", abortOnFail: true, startCheckAfter: TimeSpan.FromSeconds(10)) with
        {
            Description = "kept by every run whatever its thresholds: more than half of the iterations failing means the target is down or overloaded, and measuring on would say nothing",
        };

    /// <summary>The default thresholds: fail_rate &lt; 1% for the scenario and p99 &lt; <paramref name="p99"/> ms for each step.</summary>
    public IReadOnlyList<string> DefaultThresholds(int p99 = 500) =>
        [$"fail_rate(scenario={Name}) < 1%", .. Steps.Distinct(StringComparer.Ordinal).Select(s => $"p99(step={s}) < {p99}ms")];
}
