using Reqnroll;

namespace MfaConformance.StepDefinitions;

/// <summary>T1–T11: checks of "the call".</summary>
[Binding]
public sealed class ResponseSteps(ResponseContext responses)
{
    [Then("the call succeeds")]
    public void ThenSucceeds() => ResponseChecks.Succeeds(responses.Last);

    [Then("the call fails")]
    public void ThenFails() => ResponseChecks.Fails(responses.Last);

    [Then("the call fails with error code {int}")]
    public void ThenFailsWithCode(int code) => ResponseChecks.FailsWithCode(responses.Last, code);

    [Then("the call fails with error code {int} or {int}")]
    public void ThenFailsWithEitherCode(int code, int other) => ResponseChecks.FailsWithCode(responses.Last, code, other);

    [Then("each of those calls fails")]
    public void ThenEachFails()
    {
        foreach (var response in responses.All)
        {
            ResponseChecks.Fails(response);
        }
    }

    [Then("each of those calls succeeds")]
    public void ThenEachSucceeds()
    {
        foreach (var response in responses.All)
        {
            ResponseChecks.Succeeds(response);
        }
    }

    [Then("the response carries a session")]
    public void ThenCarriesASession() => ResponseChecks.CarriesSession(responses.Last);

    [Then("the response carries a token and a key")]
    public void ThenCarriesATokenAndAKey()
    {
        ResponseChecks.CarriesToken(responses.Last);
        ResponseChecks.CarriesKey(responses.Last);
    }

    [Then("the response carries a token")]
    public void ThenCarriesAToken() => ResponseChecks.CarriesToken(responses.Last);

    [Then("the response has no key")]
    public void ThenHasNoKey() => ResponseChecks.HasNoKey(responses.Last);

    [Then("the response has the role {string}")]
    public void ThenHasTheRole(string role) => ResponseChecks.HasRole(responses.Last, role);

    [Then("the response says the customer is registered for a password")]
    public void ThenIsRegistered() => ResponseChecks.IsRegisteredForPassword(responses.Last, true);

    [Then("the response says the customer is not registered for a password")]
    public void ThenIsNotRegistered() => ResponseChecks.IsRegisteredForPassword(responses.Last, false);

    [Then("the response's identifier list is null, a list or a string")]
    public void ThenIdentifierListShape() => ResponseChecks.IdentifierListIsNullListOrString(responses.Last);
}
