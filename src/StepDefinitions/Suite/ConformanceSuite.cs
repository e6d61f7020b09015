using MfaConformance.Bdd;

namespace MfaConformance.StepDefinitions;

/// <summary>Runs the conformance scenarios against a prepared <see cref="ConformanceTarget"/> without xUnit (CLI, kill matrix, tests).</summary>
public static class ConformanceSuite
{
    /// <summary>The assembly holding the step definitions.</summary>
    public static System.Reflection.Assembly BindingAssembly => typeof(ConformanceSuite).Assembly;

    /// <summary>Runs every pickle <paramref name="options"/> selects (in parallel; scenarios moving the clock run alone) and writes its reports.</summary>
    public static async Task<TestRunResult> RunAsync(ConformanceTarget target, BddOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.BindingAssemblies.Contains(BindingAssembly))
        {
            options.BindingAssemblies.Add(BindingAssembly);
        }

        var runtime = BddRuntime.Create(options);
        runtime.RegisterInstance(target);
        return await runtime.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
