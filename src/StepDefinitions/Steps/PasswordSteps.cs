using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Parameters;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>G8–G10, A8–A10 and T12: validating, resetting and changing the MFA password (E11–E13).</summary>
[Binding]
public sealed class PasswordSteps(SetUpDriver setUp, AuthFlowDriver flow, CallRecorder recorder, CustomerContext customers)
{
    [Given("the customer has completed MFA with their password")]
    public Task GivenCompletedMfaWithPassword() => setUp.CompleteMfaWithPasswordAsync(customers.RequireCustomer());

    [Given("the customer has completed MFA by setting the password {password}")]
    public Task GivenCompletedMfaSettingPassword(TestPassword password) => setUp.CompleteMfaSettingPasswordAsync(customers.RequireCustomer(), password.Value);

    [Given("the other customer has completed MFA with their password on device {string}")]
    public async Task GivenTheOtherCustomerCompletedMfa(string device)
    {
        var other = customers.RequireOtherCustomer();
        await setUp.CompleteFirstFactorAsync(other, device);
        await setUp.CompleteMfaWithPasswordAsync(other);
    }

    [Given("the other customer has validated an MFA OTP on device {string}")]
    public async Task GivenTheOtherCustomerValidatedAnMfaOtp(string device)
    {
        var other = customers.RequireOtherCustomer();
        await setUp.CompleteFirstFactorAsync(other, device);
        await setUp.OpenMfaSessionAsync(other);
        await setUp.ValidateMfaOtpAsync(other);
    }

    [When("the customer validates the MFA password {password}")]
    [ApiAction(ApiActions.MfaPasswordValidate)]
    public Task WhenValidatesThePassword(TestPassword password) => WhenValidatesThePasswordTimes(password, 1);

    [When("the customer validates the MFA password {password} {int} times")]
    [ApiAction(ApiActions.MfaPasswordValidate)]
    public Task WhenValidatesThePasswordTimes(TestPassword password, int times) =>
        recorder.RecordAsync(m => flow.ValidateMfaPasswordAsync(customers.RequireCustomer(), password.Value, m), times);

    [When("the customer resets the MFA password to {password} confirmed as {password}")]
    [ApiAction(ApiActions.MfaPasswordForget)]
    public Task WhenResetsThePassword(TestPassword password, TestPassword confirmation) =>
        recorder.RecordAsync(m => flow.ResetMfaPasswordAsync(customers.RequireCustomer(), password.Value, confirmation.Value, m));

    [When("the customer changes the MFA password from {password} to {password} confirmed as {password}")]
    [ApiAction(ApiActions.MfaPasswordChange)]
    public Task WhenChangesThePassword(TestPassword current, TestPassword newPassword, TestPassword confirmation) =>
        recorder.RecordAsync(m => flow.ChangeMfaPasswordAsync(customers.RequireCustomer(), current.Value, newPassword.Value, confirmation.Value, m));

    [When("the customer changes the MFA password through the password\\/change path from {password} to {password} confirmed as {password}")]
    [ApiAction(ApiActions.PasswordChange)]
    public Task WhenChangesThePasswordOnThePasswordChangePath(TestPassword current, TestPassword newPassword, TestPassword confirmation) =>
        recorder.RecordAsync(m => flow.ChangeMfaPasswordAsync(customers.RequireCustomer(), current.Value, newPassword.Value, confirmation.Value, m, onPasswordChangePath: true));

    [Then("the customer can complete MFA with the password {password}")]
    [FreshLoginCheck(ApiActions.MfaPasswordValidate)]
    public async Task ThenCanCompleteMfa(TestPassword password) =>
        ResponseChecks.CanCompleteMfa(await setUp.TryCompleteMfaAsync(customers.RequireCustomer(), password.Value));

    [Then("the customer cannot complete MFA with the password {password}")]
    [FreshLoginCheck(ApiActions.MfaPasswordValidate)]
    public async Task ThenCannotCompleteMfa(TestPassword password) =>
        ResponseChecks.CannotCompleteMfa(await setUp.TryCompleteMfaAsync(customers.RequireCustomer(), password.Value));

}
