using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadEngine;
using MfaConformance.LoadScenarios.Target;
using static MfaConformance.StepDefinitions.Actions.ApiActions;
namespace MfaConformance.LoadScenarios.Flows;

/// <summary>returning_user_login (spec 1.5): first factor, then MFA with the customer's password.</summary>
public static class ReturningUserLoginScenario
{
    public const string Description = "Returning customer: first factor (E1-E3), MFA session (E8), MFA password (E11).";

    public static LoadScenarioDefinition Create(BddRun run, LoadTarget target, LoadScenarioOptions options) =>
        FlowScenario.Create(
            LoadScenarioNames.ReturningUserLogin, Description, run, target, options, returningCustomers: true,
            [TokenGenerate, OtpGenerate, OtpValidate, MfaTokenGenerate, MfaPasswordValidate],
            RunAsync);

    private static async Task<Response> RunAsync(FlowIteration it)
    {
        var response = await it.FirstFactorAsync().ConfigureAwait(false);
        return response.IsError ? response : await it.MfaWithPasswordAsync().ConfigureAwait(false);
    }
}
