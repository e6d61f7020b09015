using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadEngine;
using MfaConformance.LoadScenarios.Target;
using static MfaConformance.StepDefinitions.Actions.ApiActions;
namespace MfaConformance.LoadScenarios.Flows;

/// <summary>
/// first_factor_login (spec 1.1): a returning customer's first factor alone. No step validates or sets an MFA
/// password, so the target hashes nothing during the run (its customers were hashed when provisioned).
/// </summary>
public static class FirstFactorLoginScenario
{
    public const string Description = "Returning customer's first factor only: token (E1), OTP (E2), OTP validation (E3); no MFA password hashing during the run.";

    public static LoadScenarioDefinition Create(BddRun run, LoadTarget target, LoadScenarioOptions options) =>
        FlowScenario.Create(
            LoadScenarioNames.FirstFactorLogin, Description, run, target, options, returningCustomers: true,
            [TokenGenerate, OtpGenerate, OtpValidate],
            it => it.FirstFactorAsync());
}
