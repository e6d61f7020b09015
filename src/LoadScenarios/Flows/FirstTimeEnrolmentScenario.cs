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

/// <summary>first_time_enrolment (spec 1.4): first factor, MFA session setting a password, MFA OTP.</summary>
public static class FirstTimeEnrolmentScenario
{
    public const string Description = "First-time customer: first factor, MFA session setting the password (E8), MFA OTP (E9, E10).";

    public static LoadScenarioDefinition Create(BddRun run, LoadTarget target, LoadScenarioOptions options) =>
        FlowScenario.Create(
            LoadScenarioNames.FirstTimeEnrolment, Description, run, target, options, returningCustomers: false,
            [TokenGenerate, OtpGenerate, OtpValidate, MfaTokenGenerate, MfaOtpGenerate, MfaOtpValidate],
            RunAsync);

    private static async Task<Response> RunAsync(FlowIteration it)
    {
        var response = await it.FirstFactorAsync().ConfigureAwait(false);
        if (response.IsError)
        {
            return response;
        }

        TestPassword password = LoadPasswords.Next(it.Options.Seed, it.Customer.IdentifierValue);
        response = await it.MeasureAsync(
            it.Bindings.Sessions.WhenRequestsAnMfaSessionSettingThePassword,
            password,
            password,
            ResponseCheck.Succeeds,
            ResponseCheck.CarriesSession).ConfigureAwait(false);
        return response.IsError ? response : await it.MfaOtpAsync().ConfigureAwait(false);
    }
}
