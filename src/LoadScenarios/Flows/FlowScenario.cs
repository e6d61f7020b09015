using MfaConformance.LoadEngine;
using MfaConformance.StepDefinitions;

namespace MfaConformance.LoadScenarios;

/// <summary>
/// The frame every C# flow shares: customers provisioned in the scenario's init (before the clock starts), one
/// customer and one set of bindings per iteration, the load shape of the options, and the flow's measured steps.
/// </summary>
internal static class FlowScenario
{
    public static LoadScenarioDefinition Create(
        string name, string description, LoadTarget target, LoadScenarioOptions options, bool returningCustomers,
        IReadOnlyList<string> steps, Func<FlowIteration, Task<Response>> body)
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

                var iteration = new FlowIteration(ctx, target, new FlowBindings(target, name, customer), options);
                return await body(iteration).ConfigureAwait(false);
            })
            .WithInit(async init =>
                pool = await CustomerProvisioner.ProvisionAsync(target, options, returningCustomers, init.PlannedIterations, init.WriteLine, init.CancellationToken).ConfigureAwait(false))
            .WithWarmUpDuration(options.WarmUp)
            .WithLoadSimulations([.. options.ToSimulations()]);
        return new LoadScenarioDefinition(name, description, props, steps, () => pool);
    }
}
