using MfaConformance.Bdd;
using MfaConformance.StepDefinitions;

namespace MfaConformance.LoadScenarios;

/// <summary>
/// One iteration's binding classes, wired exactly as the binding runtime's constructor injection wires them for a
/// conformance scenario (one instance of each context, driver and binding per scenario). The C# flows call these
/// binding methods, so a load step makes the same calls and keeps the same flow values as the conformance step.
/// </summary>
internal sealed class FlowBindings
{
    private static readonly FeatureContext LoadFeature = new(new FeatureInfo("load", null, [], "load"));

    public FlowBindings(LoadTarget target, string scenarioName, MfaCustomer customer)
    {
        var scenario = new ScenarioContext(new ScenarioInfo(scenarioName, [], new Dictionary<string, string>()), LoadFeature);
        var observer = ScenarioHttpObserver.Discarding(scenario);
        Customers = new CustomerContext { Customer = customer };
        Responses = new ResponseContext();
        var recorder = new CallRecorder(new NextCallContext(), Responses);
        var otps = new OtpDriver(target.Conformance, observer);
        var flow = new AuthFlowDriver(target.Conformance, observer, Customers, otps);
        var setUp = new SetUpDriver(flow);
        FirstFactor = new FirstFactorSteps(setUp, flow, recorder, Customers);
        Sessions = new SessionSteps(setUp, flow, recorder, Customers);
        Otps = new OtpSteps(setUp, flow, recorder, Customers);
        Passwords = new PasswordSteps(setUp, flow, recorder, Customers);
        Tokens = new TokenSteps(flow, recorder, Customers);
    }

    public CustomerContext Customers { get; }

    public MfaCustomer Customer => Customers.RequireCustomer();

    /// <summary>"The call": what the last binding method recorded.</summary>
    public ResponseContext Responses { get; }

    public FirstFactorSteps FirstFactor { get; }

    public SessionSteps Sessions { get; }

    public OtpSteps Otps { get; }

    public PasswordSteps Passwords { get; }

    public TokenSteps Tokens { get; }
}
