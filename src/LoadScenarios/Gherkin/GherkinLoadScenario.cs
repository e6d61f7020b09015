using MfaConformance.Bdd;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadEngine;
using MfaConformance.LoadScenarios.Target;
namespace MfaConformance.LoadScenarios.Gherkin;

/// <summary>
/// A Gherkin scenario run as load: one iteration = one run of the pickle through Reqnroll's runtime (the same
/// bindings, constructor injection and hooks as the conformance suite). Given steps, and When steps that make no API
/// call, run unmeasured (set-up, including customer provisioning through the hooks); each When step bound to an API
/// action is one measured load step named by its binding (<see cref="LoadStepBindings"/>); the Then steps on "the
/// call" that follow it are checked inside that measured step (a broken contract fails the step with the reason);
/// other Then steps run unmeasured and a failure fails the iteration. OTP reads are prefetched outside measured time.
/// </summary>
public static class GherkinLoadScenario
{
    /// <summary>The load name of a pickle: its scenario name in snake_case.</summary>
    public static string NameOf(GherkinPickle pickle)
    {
        ArgumentNullException.ThrowIfNull(pickle);
        return SnakeCase.Of(pickle.Name);
    }

    /// <summary>The scenario; <paramref name="run"/> is the load's Reqnroll run (started, the target registered).</summary>
    public static LoadScenarioDefinition Create(BddRun run, GherkinPickle pickle, LoadTarget target, LoadScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(pickle);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var plan = GherkinLoadPlan.For(pickle, run);
        var name = NameOf(pickle);
        var iteration = new GherkinIteration(run, plan, target, name);
        var props = Scenario.Create(name, iteration.RunAsync)
            .WithWarmUpDuration(options.WarmUp)
            .WithLoadSimulations([.. options.ToSimulations()]);
        return new LoadScenarioDefinition(name, $"Gherkin: {pickle.DisplayName}", props, plan.MeasuredSteps);
    }
}
