using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Parameters;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>G6, G7, A6, A7: the MFA OTP (E9, E10).</summary>
[Binding]
public sealed class OtpSteps(SetUpDriver setUp, AuthFlowDriver flow, CallRecorder recorder, CustomerContext customers)
{
    [Given("the customer has requested an MFA OTP")]
    public Task GivenRequestedAnMfaOtp() => setUp.RequestMfaOtpAsync(customers.RequireCustomer());

    [Given("the customer has validated an MFA OTP")]
    public Task GivenValidatedAnMfaOtp() => setUp.ValidateMfaOtpAsync(customers.RequireCustomer());

    [When("the customer requests an MFA OTP")]
    [ApiAction(ApiActions.MfaOtpGenerate)]
    public Task WhenRequestsAnMfaOtp() => WhenRequestsAnMfaOtpTimes(1);

    [When("the customer requests an MFA OTP {int} times")]
    [ApiAction(ApiActions.MfaOtpGenerate)]
    public Task WhenRequestsAnMfaOtpTimes(int times) =>
        recorder.RecordAsync(m => flow.RequestMfaOtpAsync(customers.RequireCustomer(), m), times);

    [When("the customer submits {otp} as the MFA OTP")]
    [ApiAction(ApiActions.MfaOtpValidate)]
    public Task WhenSubmitsTheMfaOtp(OtpReference otp) => WhenSubmitsTheMfaOtpTimes(otp, 1);

    [When("the customer submits {otp} as the MFA OTP {int} times")]
    [ApiAction(ApiActions.MfaOtpValidate)]
    public Task WhenSubmitsTheMfaOtpTimes(OtpReference otp, int times) =>
        recorder.RecordAsync(m => flow.SubmitMfaOtpAsync(customers.RequireCustomer(), otp, m), times);
}
