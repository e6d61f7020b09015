using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadEngine;
using MfaConformance.LoadScenarios.Data;
using MfaConformance.LoadScenarios.Steps;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Parameters;
using static MfaConformance.StepDefinitions.Actions.ApiActions;
namespace MfaConformance.LoadScenarios.Flows;

/// <summary>change_password (spec 1.8): a returning login, then the change with the MFA token T2.</summary>
public static class ChangePasswordScenario
{
    public const string Description = "Password change: returning login (E1-E3, E8, E11), then change with T2 (E13).";

    public static LoadScenarioDefinition Create(BddRun run, LoadTarget target, LoadScenarioOptions options) =>
        FlowScenario.Create(
            LoadScenarioNames.ChangePassword, Description, run, target, options, returningCustomers: true,
            [TokenGenerate, OtpGenerate, OtpValidate, MfaTokenGenerate, MfaPasswordValidate, MfaPasswordChange],
            RunAsync);

    private static async Task<Response> RunAsync(FlowIteration it)
    {
        var response = await it.FirstFactorAsync().ConfigureAwait(false);
        response = response.IsError ? response : await it.MfaWithPasswordAsync().ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        TestPassword current = it.Customer.Password ?? string.Empty;
        TestPassword next = LoadPasswords.Next(it.Options.Seed, it.Customer.IdentifierValue);
        return await it.MeasureAsync(it.Bindings.Passwords.WhenChangesThePassword, current, next, next, ResponseCheck.Succeeds).ConfigureAwait(false);
    }
}
