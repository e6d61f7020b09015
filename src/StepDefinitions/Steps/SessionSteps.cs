using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Parameters;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>G4, G5, A4, A5: the MFA session (E8 mfa/token/generate).</summary>
[Binding]
public sealed class SessionSteps(SetUpDriver setUp, AuthFlowDriver flow, CallRecorder recorder, CustomerContext customers)
{
    [Given("the customer has an MFA session")]
    public Task GivenAnMfaSession() => setUp.OpenMfaSessionAsync(customers.RequireCustomer());

    [Given("the customer has an MFA session in which they set the password {password}")]
    public Task GivenAnMfaSessionSettingThePassword(TestPassword password) => setUp.OpenMfaSessionAsync(customers.RequireCustomer(), password.Value);

    [When("the customer requests an MFA session")]
    [ApiAction(ApiActions.MfaTokenGenerate)]
    public Task WhenRequestsAnMfaSession() =>
        recorder.RecordAsync(m => flow.RequestMfaSessionAsync(customers.RequireCustomer(), null, null, m));

    [When("the customer requests an MFA session setting the password {password} confirmed as {password}")]
    [ApiAction(ApiActions.MfaTokenGenerate)]
    public Task WhenRequestsAnMfaSessionSettingThePassword(TestPassword password, TestPassword confirmation) =>
        recorder.RecordAsync(m => flow.RequestMfaSessionAsync(customers.RequireCustomer(), password.Value, confirmation.Value, m));
}
