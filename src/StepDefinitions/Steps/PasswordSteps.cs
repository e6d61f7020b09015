using MfaConformance.Bdd;

namespace MfaConformance.StepDefinitions;

/// <summary>G8–G10, A8–A10 and T12: validating, resetting and changing the MFA password (E11–E13).</summary>
[Binding]
public sealed class PasswordSteps(SetUpDriver setUp, AuthFlowDriver flow, CallRecorder recorder, CustomerContext customers)
{
    [Given("the customer has completed MFA with their password")]
    public Task GivenCompletedMfaWithPassword() => setUp.CompleteMfaWithPasswordAsync(customers.RequireCustomer());

    [Given("the customer has completed MFA by setting the password {string}")]
    public Task GivenCompletedMfaSettingPassword(string password) => setUp.CompleteMfaSettingPasswordAsync(customers.RequireCustomer(), password);

    [Given("the other customer has completed MFA with their password on device {string}")]
    public async Task GivenTheOtherCustomerCompletedMfa(string device)
    {
        var other = customers.RequireOtherCustomer();
        await setUp.CompleteFirstFactorAsync(other, device);
        await setUp.CompleteMfaWithPasswordAsync(other);
    }

    [When("the customer validates the MFA password {string}")]
    public Task WhenValidatesThePassword(string password) => WhenValidatesThePasswordTimes(password, 1);

    [When("the customer validates the MFA password {string} {int} times")]
    public Task WhenValidatesThePasswordTimes(string password, int times) =>
        recorder.RecordAsync(m => flow.ValidateMfaPasswordAsync(customers.RequireCustomer(), password, m), times);

    [When("the customer resets the MFA password to {string} confirmed as {string}")]
    public Task WhenResetsThePassword(string password, string confirmation) =>
        recorder.RecordAsync(m => flow.ResetMfaPasswordAsync(customers.RequireCustomer(), password, confirmation, m));

    [When("the customer changes the MFA password from {string} to {string} confirmed as {string}")]
    public Task WhenChangesThePassword(string current, string newPassword, string confirmation) =>
        recorder.RecordAsync(m => flow.ChangeMfaPasswordAsync(customers.RequireCustomer(), current, newPassword, confirmation, m));

    [Then("the customer can complete MFA with the password {string}")]
    public async Task ThenCanCompleteMfa(string password) =>
        ResponseChecks.CanCompleteMfa(await setUp.TryCompleteMfaAsync(customers.RequireCustomer(), password));

    [Then("the customer cannot complete MFA with the password {string}")]
    public async Task ThenCannotCompleteMfa(string password) =>
        ResponseChecks.CannotCompleteMfa(await setUp.TryCompleteMfaAsync(customers.RequireCustomer(), password));
}
