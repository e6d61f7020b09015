using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Parameters;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>W1–W3, T17, T18: credential updates sent at once, and what must hold after them (no acknowledged update lost).</summary>
[Binding]
public sealed class RaceSteps(RaceDriver races, SetUpDriver setUp, CustomerContext customers, ResponseContext responses, RaceContext race)
{
    [When("the customer changes the MFA password from {password} {int} times at once, each time to a new password like {password}")]
    [ApiAction(ApiActions.MfaPasswordChange)]
    public Task WhenChangesAtOnce(TestPassword current, int times, TestPassword like) =>
        races.ChangeAtOnceAsync(customers.RequireCustomer(), current, like, times);

    [When("the customer resets the MFA password {int} times at once, each time on a new MFA session to a new password like {password}")]
    [ApiAction(ApiActions.MfaPasswordForget)]
    public Task WhenResetsAtOnce(int times, TestPassword like) =>
        races.ResetAtOnceAsync(customers.RequireCustomer(), like, times);

    [When("the customer changes the MFA password from {password} to {password} and at the same time resets it to {password}")]
    [ApiAction(ApiActions.MfaPasswordChange)]
    public Task WhenChangesAndResetsAtOnce(TestPassword current, TestPassword changed, TestPassword reset) =>
        races.ChangeAndResetAtOnceAsync(customers.RequireCustomer(), current, changed, reset);

    [Then("at most one of those calls succeeds")]
    public void ThenAtMostOneSucceeds() => RaceChecks.AtMostOneSucceeds(responses.All);

    [Then("only the password of the last acknowledged update completes MFA")]
    public async Task ThenOnlyTheLastAcknowledgedPasswordWorks()
    {
        var customer = customers.RequireCustomer();
        var (expected, refused) = RaceChecks.Survivor(race);
        ResponseChecks.CanCompleteMfa(await setUp.TryCompleteMfaAsync(customer, expected));
        foreach (var password in refused)
        {
            ResponseChecks.CannotCompleteMfa(await setUp.TryCompleteMfaAsync(customer, password));
        }

        customer.Password = expected;
    }
}
