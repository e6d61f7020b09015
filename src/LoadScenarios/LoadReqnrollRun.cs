using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Suite;
namespace MfaConformance.LoadScenarios;

/// <summary>
/// The Reqnroll run a load test uses: the suite's features and step definitions, no report files, no Cucumber
/// messages, no step trace (nobody reads them under load and they cost CPU on every step). Gherkin iterations run
/// their pickles through it; C# flows take their binding objects from its scenario containers.
/// </summary>
public static class LoadReqnrollRun
{
    /// <summary>A run over <paramref name="options"/> (the suite's reqnroll.json) tailored for load.</summary>
    public static BddRun Create(BddOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Formatters.Clear();
        options.TagFilter = null;
        options.TraceSteps = false;
        options.AddBindingAssembly(ConformanceSuite.BindingAssembly);
        return BddRun.Create(options, collectResults: false);
    }

    /// <summary>Registers the load target's <see cref="ConformanceTarget"/> for every scenario and starts the run.</summary>
    public static async Task StartAsync(BddRun run, LoadTarget target)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(target);
        run.RegisterInstance(target.Conformance);
        await run.StartAsync().ConfigureAwait(false);
    }
}
