using Reqnroll;

namespace MfaConformance.StepDefinitions;

/// <summary>G1–G3 and A1–A3: the first factor (E1–E3) as far as MFA needs it.</summary>
[Binding]
public sealed class FirstFactorSteps(SetUpDriver setUp, AuthFlowDriver flow, CallRecorder recorder, CustomerContext customers)
{
    [Given("the customer has completed the first factor on device {string}")]
    public Task GivenCompletedFirstFactor(string device) => setUp.CompleteFirstFactorAsync(customers.RequireCustomer(), device);

    [Given("the customer has started the first factor on device {string}")]
    public Task GivenStartedFirstFactor(string device) => setUp.StartFirstFactorAsync(customers.RequireCustomer(), device);

    [Given("the customer has requested a first-factor OTP")]
    public Task GivenRequestedFirstFactorOtp() => setUp.RequestFirstFactorOtpAsync(customers.RequireCustomer());

    [When("the customer starts the first factor on device {string}")]
    public Task WhenStartsFirstFactor(string device) =>
        recorder.RecordAsync(m => flow.StartFirstFactorAsync(customers.RequireCustomer(), device, m));

    [When("the customer requests a first-factor OTP")]
    public Task WhenRequestsFirstFactorOtp() =>
        recorder.RecordAsync(m => flow.RequestFirstFactorOtpAsync(customers.RequireCustomer(), m));

    [When("the customer submits {otp} as the first-factor OTP")]
    public Task WhenSubmitsFirstFactorOtp(OtpReference otp) =>
        recorder.RecordAsync(m => flow.SubmitFirstFactorOtpAsync(customers.RequireCustomer(), otp, m));
}
