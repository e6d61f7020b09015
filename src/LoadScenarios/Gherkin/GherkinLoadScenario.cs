using MfaConformance.Bdd;
using MfaConformance.LoadEngine;
using MfaConformance.StepDefinitions;

namespace MfaConformance.LoadScenarios;

/// <summary>
/// A Gherkin scenario run as load: one iteration = one <see cref="ScenarioExecution"/> of the pickle through the
/// conformance suite's binding runtime (same bindings, same constructor injection, same hooks). Given steps run
/// unmeasured (set-up, including customer provisioning through the hooks); each When step is one measured load
/// step named by <see cref="GherkinStepNames"/>; the Then steps on "the call" that follow it are checked inside
/// that measured step (a broken contract fails the step with the reason); other Then steps run unmeasured and a
/// failure fails the iteration. OTP reads are prefetched outside measured time.
/// </summary>
public static class GherkinLoadScenario
{
    /// <summary>The load name of a pickle: its scenario name in snake_case.</summary>
    public static string NameOf(GherkinPickle pickle)
    {
        ArgumentNullException.ThrowIfNull(pickle);
        return GherkinStepNames.SnakeCase(pickle.Name);
    }

    public static LoadScenarioDefinition Create(BddRuntime runtime, GherkinPickle pickle, LoadTarget target, LoadScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(pickle);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        if (!runtime.Services.IsRegistered<ConformanceTarget>())
        {
            runtime.RegisterInstance(target.Conformance);
        }

        // Under load a failed iteration must not turn the following ones into "not run" (reqnroll.json stopAtFirstError).
        runtime.Options.StopAtFirstError = false;
        var plan = GherkinLoadPlan.For(pickle);
        var name = NameOf(pickle);
        var iteration = new GherkinIteration(runtime, plan, target, name);
        var props = Scenario.Create(name, iteration.RunAsync)
            .WithWarmUpDuration(options.WarmUp)
            .WithLoadSimulations([.. options.ToSimulations()]);
        return new LoadScenarioDefinition(name, $"Gherkin: {pickle.DisplayName}", props, plan.MeasuredSteps);
    }
}
