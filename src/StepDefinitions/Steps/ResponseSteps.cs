using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>T1–T11: checks of "the call".</summary>
[Binding]
public sealed class ResponseSteps(ResponseContext responses)
{
    [Then("the call succeeds")]
    [ChecksTheCall]
    public void ThenSucceeds() => ResponseChecks.Succeeds(responses.Last);

    [Then("the call fails")]
    [ChecksTheCall(Refusal = true)]
    public void ThenFails() => ResponseChecks.Fails(responses.Last);

    [Then("the call fails with error code {int}")]
    [ChecksTheCall(Refusal = true)]
    public void ThenFailsWithCode(int code) => ResponseChecks.FailsWithCode(responses.Last, code);

    [Then("the call fails with error code {int} or {int}")]
    [ChecksTheCall(Refusal = true)]
    public void ThenFailsWithEitherCode(int code, int other) => ResponseChecks.FailsWithCode(responses.Last, code, other);

    [Then("each of those calls fails")]
    [ChecksTheCall(Refusal = true)]
    public void ThenEachFails()
    {
        foreach (var response in responses.All)
        {
            ResponseChecks.Fails(response);
        }
    }

    [Then("each of those calls succeeds")]
    [ChecksTheCall]
    public void ThenEachSucceeds()
    {
        foreach (var response in responses.All)
        {
            ResponseChecks.Succeeds(response);
        }
    }

    [Then("the response carries a session")]
    [ChecksTheCall]
    public void ThenCarriesASession() => ResponseChecks.CarriesSession(responses.Last);

    [Then("the response carries a token and a key")]
    [ChecksTheCall]
    public void ThenCarriesATokenAndAKey()
    {
        ResponseChecks.CarriesToken(responses.Last);
        ResponseChecks.CarriesKey(responses.Last);
    }

    [Then("the response carries a token")]
    [ChecksTheCall]
    public void ThenCarriesAToken() => ResponseChecks.CarriesToken(responses.Last);

    [Then("the response has no key")]
    [ChecksTheCall]
    public void ThenHasNoKey() => ResponseChecks.HasNoKey(responses.Last);

    [Then("the response has the role {string}")]
    [ChecksTheCall]
    public void ThenHasTheRole(string role) => ResponseChecks.HasRole(responses.Last, role);

    [Then("the response says the customer is registered for a password")]
    [ChecksTheCall]
    public void ThenIsRegistered() => ResponseChecks.IsRegisteredForPassword(responses.Last, true);

    [Then("the response says the customer is not registered for a password")]
    [ChecksTheCall]
    public void ThenIsNotRegistered() => ResponseChecks.IsRegisteredForPassword(responses.Last, false);

    [Then("the response's identifier list is null, a list or a string")]
    [ChecksTheCall]
    public void ThenIdentifierListShape() => ResponseChecks.IdentifierListIsNullListOrString(responses.Last);
}
