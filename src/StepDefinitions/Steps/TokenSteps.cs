using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>A11, A12, A14, A15: regenerating (E14) and expiring (E15, DELETE or POST) the MFA token; regenerating the first-factor token (E5).</summary>
[Binding]
public sealed class TokenSteps(AuthFlowDriver flow, CallRecorder recorder, CustomerContext customers)
{
    [When("the customer regenerates the MFA token")]
    [ApiAction(ApiActions.MfaTokenRegenerate)]
    public Task WhenRegeneratesTheToken() =>
        recorder.RecordAsync(m => flow.RegenerateMfaTokenAsync(customers.RequireCustomer(), m));

    [When("the customer regenerates the first-factor token")]
    [ApiAction(ApiActions.TokenRegenerate)]
    public Task WhenRegeneratesTheFirstFactorToken() =>
        recorder.RecordAsync(m => flow.RegenerateFirstFactorTokenAsync(customers.RequireCustomer(), m));

    [When("the customer expires the MFA token")]
    [ApiAction(ApiActions.MfaTokenExpire)]
    public Task WhenExpiresTheToken() =>
        recorder.RecordAsync(m => flow.ExpireMfaTokenAsync(customers.RequireCustomer(), m));

    [When("the customer expires the MFA token by POST")]
    [ApiAction(ApiActions.MfaTokenExpire)]
    public Task WhenExpiresTheTokenByPost() =>
        recorder.RecordAsync(m => flow.ExpireMfaTokenAsync(customers.RequireCustomer(), m, byPost: true));
}
