using MfaConformance.Bdd;
using MfaConformance.StepDefinitions;

namespace MfaConformance.LoadScenarios;

/// <summary>
/// What each step definition means under load, by the binding Reqnroll matched (not by the step's wording): the API
/// actions and the measured step name each one makes, which of them submit an OTP (read before the measured time),
/// and the checks of "the call" with the short reason a load report gives when one breaks.
/// </summary>
public static class LoadStepBindings
{
    private static readonly Dictionary<(Type, string), string> Actions = new()
    {
        [(typeof(FirstFactorSteps), nameof(FirstFactorSteps.WhenStartsFirstFactor))] = LoadStepNames.TokenGenerate,
        [(typeof(FirstFactorSteps), nameof(FirstFactorSteps.WhenRequestsFirstFactorOtp))] = LoadStepNames.OtpGenerate,
        [(typeof(FirstFactorSteps), nameof(FirstFactorSteps.WhenRequestsFirstFactorOtpTimes))] = LoadStepNames.OtpGenerate,
        [(typeof(FirstFactorSteps), nameof(FirstFactorSteps.WhenSubmitsFirstFactorOtp))] = LoadStepNames.OtpValidate,
        [(typeof(FirstFactorSteps), nameof(FirstFactorSteps.WhenSubmitsFirstFactorOtpTimes))] = LoadStepNames.OtpValidate,
        [(typeof(SessionSteps), nameof(SessionSteps.WhenRequestsAnMfaSession))] = LoadStepNames.MfaTokenGenerate,
        [(typeof(SessionSteps), nameof(SessionSteps.WhenRequestsAnMfaSessionSettingThePassword))] = LoadStepNames.MfaTokenGenerate,
        [(typeof(OtpSteps), nameof(OtpSteps.WhenRequestsAnMfaOtp))] = LoadStepNames.MfaOtpGenerate,
        [(typeof(OtpSteps), nameof(OtpSteps.WhenRequestsAnMfaOtpTimes))] = LoadStepNames.MfaOtpGenerate,
        [(typeof(OtpSteps), nameof(OtpSteps.WhenSubmitsTheMfaOtp))] = LoadStepNames.MfaOtpValidate,
        [(typeof(OtpSteps), nameof(OtpSteps.WhenSubmitsTheMfaOtpTimes))] = LoadStepNames.MfaOtpValidate,
        [(typeof(PasswordSteps), nameof(PasswordSteps.WhenValidatesThePassword))] = LoadStepNames.MfaPasswordValidate,
        [(typeof(PasswordSteps), nameof(PasswordSteps.WhenValidatesThePasswordTimes))] = LoadStepNames.MfaPasswordValidate,
        [(typeof(PasswordSteps), nameof(PasswordSteps.WhenResetsThePassword))] = LoadStepNames.MfaPasswordForget,
        [(typeof(PasswordSteps), nameof(PasswordSteps.WhenChangesThePassword))] = LoadStepNames.MfaPasswordChange,
        [(typeof(PasswordSteps), nameof(PasswordSteps.WhenChangesThePasswordOnThePasswordChangePath))] = LoadStepNames.PasswordChange,
        [(typeof(TokenSteps), nameof(TokenSteps.WhenRegeneratesTheToken))] = LoadStepNames.MfaTokenRegenerate,
        [(typeof(TokenSteps), nameof(TokenSteps.WhenRegeneratesTheFirstFactorToken))] = LoadStepNames.TokenRegenerate,
        [(typeof(TokenSteps), nameof(TokenSteps.WhenExpiresTheToken))] = LoadStepNames.MfaTokenExpire,

        // W1–W3: a burst of updates sent at once is one measured step (the time until the last answer).
        [(typeof(RaceSteps), nameof(RaceSteps.WhenChangesAtOnce))] = LoadStepNames.MfaPasswordChange,
        [(typeof(RaceSteps), nameof(RaceSteps.WhenResetsAtOnce))] = LoadStepNames.MfaPasswordForget,
        [(typeof(RaceSteps), nameof(RaceSteps.WhenChangesAndResetsAtOnce))] = LoadStepNames.MfaPasswordChange,
    };

    private static readonly Dictionary<string, IReadOnlyList<ResponseCheck>> Checks = new(StringComparer.Ordinal)
    {
        [nameof(ResponseSteps.ThenSucceeds)] = [ResponseCheck.Succeeds],
        [nameof(ResponseSteps.ThenCarriesASession)] = [ResponseCheck.CarriesSession],
        [nameof(ResponseSteps.ThenCarriesATokenAndAKey)] = [ResponseCheck.CarriesToken, ResponseCheck.CarriesKey],
        [nameof(ResponseSteps.ThenCarriesAToken)] = [ResponseCheck.CarriesToken],
    };

    /// <summary>The measured step name of an API action, or null when the binding makes no API call of its own.</summary>
    public static string? ActionName(StepBinding? binding) =>
        binding?.DeclaringType is { } type && Actions.TryGetValue((type, binding.MethodName), out var name) ? name : null;

    /// <summary>True for a check of "the call" (a <see cref="ResponseSteps"/> binding).</summary>
    public static bool IsCheckOfTheCall(StepBinding? binding) => binding?.DeclaringType == typeof(ResponseSteps);

    /// <summary>The load checks of a <see cref="ResponseSteps"/> binding, or null when it has none mapped.</summary>
    public static IReadOnlyList<ResponseCheck>? ChecksOf(StepBinding? binding) =>
        IsCheckOfTheCall(binding) && Checks.TryGetValue(binding!.MethodName, out var checks) ? checks : null;

    /// <summary>True when the action submits the customer's own OTP (its {otp} argument), which is read outside measured time.</summary>
    public static bool SubmitsOwnOtp(StepBinding? binding) =>
        ActionName(binding) is LoadStepNames.OtpValidate or LoadStepNames.MfaOtpValidate
        && binding!.Arguments.Count > 0
        && ParameterPhrases.Otps.TryGetValue(binding.Arguments[0], out var otp) && otp == OtpReference.Own;
}
