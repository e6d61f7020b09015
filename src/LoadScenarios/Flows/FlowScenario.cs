using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadEngine;
using MfaConformance.LoadScenarios.Data;
using MfaConformance.LoadScenarios.Steps;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Actions;
namespace MfaConformance.LoadScenarios.Flows;

/// <summary>
/// The frame every C# flow shares: customers provisioned in the scenario's init (before the clock starts), one
/// customer and one Reqnroll scenario (its bindings) per iteration, the load shape of the options, and the flow's
/// measured steps (<paramref name="actions"/>: ids of <see cref="ApiActions"/>, measured under their metric names, in order).
/// Starting and completing the Reqnroll scenario is unmeasured (no call is made).
/// </summary>
internal static class FlowScenario
{
    public static LoadScenarioDefinition Create(
        string name, string description, BddRun run, LoadTarget target, LoadScenarioOptions options, bool returningCustomers,
        IReadOnlyList<string> actions, Func<FlowIteration, Task<Response>> body)
    {
        var pool = CustomerPool.Empty;
        var props = Scenario.Create(name, async ctx =>
            {
                if (pool.TryTake() is not { } customer)
                {
                    return Response.Fail(message: $"{name} - no pre-provisioned customer left ({pool.Count} were provisioned)");
                }

                if (options.IterationDelay > TimeSpan.Zero)
                {
                    await Task.Delay(options.IterationDelay, ctx.CancellationToken).ConfigureAwait(false);
                }

                var bindings = await Step.RunUnmeasured("scenario_start", ctx, () => FlowBindings.StartAsync(run, name, customer, ctx.CancellationToken)).ConfigureAwait(false);
                try
                {
                    return await body(new FlowIteration(ctx, target, bindings, options)).ConfigureAwait(false);
                }
                finally
                {
                    await Step.RunUnmeasured("scenario_end", ctx, bindings.Scope.CompleteAsync).ConfigureAwait(false);
                }
            })
            .WithInit(async init =>
                pool = await CustomerProvisioner.ProvisionAsync(target, options, returningCustomers, init.PlannedIterations, init.WriteLine, init.CancellationToken).ConfigureAwait(false))
            .WithWarmUpDuration(options.WarmUp)
            .WithLoadSimulations([.. options.ToSimulations()]);
        return new LoadScenarioDefinition(name, description, props, [.. actions.Select(a => ApiActions.Get(a).MetricName)], () => pool);
    }
}
