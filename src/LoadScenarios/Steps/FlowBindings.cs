using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Steps;
namespace MfaConformance.LoadScenarios.Steps;

/// <summary>
/// One iteration's binding classes, taken from a Reqnroll scenario container (constructor injection exactly as for a
/// conformance scenario: one instance of each context, driver and binding per scenario). The C# flows call these
/// binding methods, so a load step makes the same calls and keeps the same flow values as the conformance step, and a
/// new constructor parameter of a binding or driver cannot break load.
/// </summary>
internal sealed class FlowBindings
{
    private FlowBindings(PickleExecution scope, MfaCustomer customer)
    {
        Scope = scope;
        Customers = scope.Resolve<CustomerContext>();
        Customers.Customer = customer;
        Responses = scope.Resolve<ResponseContext>();
        FirstFactor = scope.Resolve<FirstFactorSteps>();
        Sessions = scope.Resolve<SessionSteps>();
        Otps = scope.Resolve<OtpSteps>();
        Passwords = scope.Resolve<PasswordSteps>();
        Tokens = scope.Resolve<TokenSteps>();
    }

    /// <summary>The Reqnroll scenario the bindings live in (complete it at the end of the iteration).</summary>
    public PickleExecution Scope { get; }

    public CustomerContext Customers { get; }

    public MfaCustomer Customer => Customers.RequireCustomer();

    /// <summary>"The call": what the last binding method recorded.</summary>
    public ResponseContext Responses { get; }

    public FirstFactorSteps FirstFactor { get; }

    public SessionSteps Sessions { get; }

    public OtpSteps Otps { get; }

    public PasswordSteps Passwords { get; }

    public TokenSteps Tokens { get; }

    /// <summary>Starts a Reqnroll scenario named <paramref name="scenarioName"/> (its before-scenario hooks run) and takes its bindings.</summary>
    public static async Task<FlowBindings> StartAsync(BddRun run, string scenarioName, MfaCustomer customer, CancellationToken cancellationToken)
    {
        var scope = run.CreateScope(scenarioName, cancellationToken);
        await scope.StartAsync().ConfigureAwait(false);
        if (!scope.IsRunning)
        {
            var outcome = await scope.CompleteAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"the scenario could not start: {outcome.Message}", outcome.Error);
        }

        return new FlowBindings(scope, customer);
    }
}
