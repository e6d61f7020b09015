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

/// <summary>
/// forgot_password (spec 1.7, #9): first factor, MFA session M1 and MFA OTP, a new MFA session M2, then the reset.
/// mfa_token_generate is measured twice per iteration (M1 and M2).
/// </summary>
public static class ForgotPasswordScenario
{
    public const string Description = "Forgotten password: first factor, MFA session + MFA OTP, new MFA session, reset (E12).";

    public static LoadScenarioDefinition Create(BddRun run, LoadTarget target, LoadScenarioOptions options) =>
        FlowScenario.Create(
            LoadScenarioNames.ForgotPassword, Description, run, target, options, returningCustomers: true,
            [TokenGenerate, OtpGenerate, OtpValidate, MfaTokenGenerate, MfaOtpGenerate, MfaOtpValidate, MfaPasswordForget],
            RunAsync);

    private static async Task<Response> RunAsync(FlowIteration it)
    {
        var response = await it.FirstFactorAsync().ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        var sessions = it.Bindings.Sessions;
        response = await it.MeasureAsync(sessions.WhenRequestsAnMfaSession, ResponseCheck.Succeeds, ResponseCheck.CarriesSession).ConfigureAwait(false);
        response = response.IsError ? response : await it.MfaOtpAsync().ConfigureAwait(false);
        response = response.IsError ? response : await it.MeasureAsync(sessions.WhenRequestsAnMfaSession, ResponseCheck.Succeeds, ResponseCheck.CarriesSession).ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        TestPassword password = LoadPasswords.Next(it.Options.Seed, it.Customer.IdentifierValue);
        return await it.MeasureAsync(it.Bindings.Passwords.WhenResetsThePassword, password, password, ResponseCheck.Succeeds).ConfigureAwait(false);
    }
}
