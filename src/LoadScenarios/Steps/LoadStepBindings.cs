using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Parameters;
using MfaConformance.StepDefinitions.Steps;
namespace MfaConformance.LoadScenarios.Steps;

/// <summary>
/// What each step definition means under load, from what the binding Reqnroll matched declares (not from the step's
/// wording): the API action it makes (<see cref="ApiActionAttribute"/>; measured under the action's metric name, a burst
/// of W1–W3 updates sent at once as one step timed until the last answer), which of them submit an OTP (read before the
/// measured time), and the checks of "the call" (<see cref="ChecksTheCallAttribute"/>) with the short reason a load
/// report gives when one breaks.
/// </summary>
public static class LoadStepBindings
{
    private static readonly Dictionary<string, IReadOnlyList<ResponseCheck>> Checks = new(StringComparer.Ordinal)
    {
        [nameof(ResponseSteps.ThenSucceeds)] = [ResponseCheck.Succeeds],
        [nameof(ResponseSteps.ThenCarriesASession)] = [ResponseCheck.CarriesSession],
        [nameof(ResponseSteps.ThenCarriesATokenAndAKey)] = [ResponseCheck.CarriesToken, ResponseCheck.CarriesKey],
        [nameof(ResponseSteps.ThenCarriesAToken)] = [ResponseCheck.CarriesToken],
    };

    /// <summary>The API action a binding makes, or null when it makes no API call of its own.</summary>
    public static ApiAction? ActionOf(StepBinding? binding) => ApiActions.Of(binding?.Method);

    /// <summary>The measured step name of an API action (its metric name), or null when the binding makes no API call of its own.</summary>
    public static string? ActionName(StepBinding? binding) => ActionOf(binding)?.MetricName;

    /// <summary>True for a check of "the call".</summary>
    public static bool IsCheckOfTheCall(StepBinding? binding) => ApiActions.CheckOf(binding?.Method) is not null;

    /// <summary>The load checks of a check of "the call", or null when it has none mapped.</summary>
    public static IReadOnlyList<ResponseCheck>? ChecksOf(StepBinding? binding) =>
        IsCheckOfTheCall(binding) && Checks.TryGetValue(binding!.MethodName, out var checks) ? checks : null;

    /// <summary>True when the action submits the customer's own OTP (its {otp} argument), which is read outside measured time.</summary>
    public static bool SubmitsOwnOtp(StepBinding? binding) =>
        ActionOf(binding)?.Id is ApiActions.OtpValidate or ApiActions.MfaOtpValidate
        && binding!.Arguments.Count > 0
        && ParameterPhrases.Otps.TryGetValue(binding.Arguments[0], out var otp) && otp == OtpReference.Own;
}
