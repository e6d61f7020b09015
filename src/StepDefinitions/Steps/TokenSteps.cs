using Reqnroll;

namespace MfaConformance.StepDefinitions;

/// <summary>A11, A12, A14: regenerating (E14) and expiring (E15) the MFA token; regenerating the first-factor token (E5).</summary>
[Binding]
public sealed class TokenSteps(AuthFlowDriver flow, CallRecorder recorder, CustomerContext customers)
{
    [When("the customer regenerates the MFA token")]
    public Task WhenRegeneratesTheToken() =>
        recorder.RecordAsync(m => flow.RegenerateMfaTokenAsync(customers.RequireCustomer(), m));

    [When("the customer regenerates the first-factor token")]
    public Task WhenRegeneratesTheFirstFactorToken() =>
        recorder.RecordAsync(m => flow.RegenerateFirstFactorTokenAsync(customers.RequireCustomer(), m));

    [When("the customer expires the MFA token")]
    public Task WhenExpiresTheToken() =>
        recorder.RecordAsync(m => flow.ExpireMfaTokenAsync(customers.RequireCustomer(), m));
}
