using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Parameters;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>G1–G3, A1–A3 and T14/T15: the first factor (E1–E3) as far as MFA needs it.</summary>
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
    [ApiAction(ApiActions.TokenGenerate)]
    public Task WhenStartsFirstFactor(string device) =>
        recorder.RecordAsync(m => flow.StartFirstFactorAsync(customers.RequireCustomer(), device, m));

    [When("the customer requests a first-factor OTP")]
    [ApiAction(ApiActions.OtpGenerate)]
    public Task WhenRequestsFirstFactorOtp() => WhenRequestsFirstFactorOtpTimes(1);

    [When("the customer requests a first-factor OTP {int} times")]
    [ApiAction(ApiActions.OtpGenerate)]
    public Task WhenRequestsFirstFactorOtpTimes(int times) =>
        recorder.RecordAsync(m => flow.RequestFirstFactorOtpAsync(customers.RequireCustomer(), m), times);

    [When("the customer submits {otp} as the first-factor OTP")]
    [ApiAction(ApiActions.OtpValidate)]
    public Task WhenSubmitsFirstFactorOtp(OtpReference otp) => WhenSubmitsFirstFactorOtpTimes(otp, 1);

    [When("the customer submits {otp} as the first-factor OTP {int} times")]
    [ApiAction(ApiActions.OtpValidate)]
    public Task WhenSubmitsFirstFactorOtpTimes(OtpReference otp, int times) =>
        recorder.RecordAsync(m => flow.SubmitFirstFactorOtpAsync(customers.RequireCustomer(), otp, m), times);

    [Then("the customer can complete the first factor")]
    [FreshLoginCheck(ApiActions.OtpValidate)]
    public async Task ThenCanCompleteTheFirstFactor() =>
        ResponseChecks.CanCompleteTheFirstFactor(await setUp.TryCompleteFirstFactorAsync(customers.RequireCustomer().FreshLogin(), RequireDevice(customers.RequireCustomer())));

    [Then("the customer cannot complete the first factor")]
    [FreshLoginCheck(ApiActions.OtpValidate)]
    public async Task ThenCannotCompleteTheFirstFactor() =>
        ResponseChecks.CannotCompleteTheFirstFactor(await setUp.TryCompleteFirstFactorAsync(customers.RequireCustomer().FreshLogin(), RequireDevice(customers.RequireCustomer())));

    [Then("the other customer can complete the first factor on device {string}")]
    [FreshLoginCheck(ApiActions.OtpValidate)]
    public async Task ThenTheOtherCustomerCanCompleteTheFirstFactor(string device) =>
        ResponseChecks.CanCompleteTheFirstFactor(await setUp.TryCompleteFirstFactorAsync(customers.RequireOtherCustomer(), device));

    private static string RequireDevice(MfaCustomer customer) =>
        customer.Device ?? throw new SetUpFailedException("The customer has no device yet: start the first factor on a device first.");
}
