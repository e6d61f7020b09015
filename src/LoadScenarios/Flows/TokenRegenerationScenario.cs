using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadEngine;
using MfaConformance.LoadScenarios.Steps;
using MfaConformance.LoadScenarios.Target;
using static MfaConformance.StepDefinitions.Actions.ApiActions;
namespace MfaConformance.LoadScenarios.Flows;

/// <summary>token_regeneration (spec 1.9, 1.10): a returning login, a new T2 from K2, then logout with it.</summary>
public static class TokenRegenerationScenario
{
    public const string Description = "Token regeneration: returning login, new T2 from K2 (E14), logout (E15).";

    public static LoadScenarioDefinition Create(BddRun run, LoadTarget target, LoadScenarioOptions options) =>
        FlowScenario.Create(
            LoadScenarioNames.TokenRegeneration, Description, run, target, options, returningCustomers: true,
            [TokenGenerate, OtpGenerate, OtpValidate, MfaTokenGenerate, MfaPasswordValidate, MfaTokenRegenerate, MfaTokenExpire],
            RunAsync);

    private static async Task<Response> RunAsync(FlowIteration it)
    {
        var response = await it.FirstFactorAsync().ConfigureAwait(false);
        response = response.IsError ? response : await it.MfaWithPasswordAsync().ConfigureAwait(false);
        response = response.IsError ? response : await it.MeasureAsync(it.Bindings.Tokens.WhenRegeneratesTheToken, ResponseCheck.Succeeds, ResponseCheck.CarriesToken).ConfigureAwait(false);
        return response.IsError ? response : await it.MeasureAsync(it.Bindings.Tokens.WhenExpiresTheToken, ResponseCheck.Succeeds).ConfigureAwait(false);
    }
}
