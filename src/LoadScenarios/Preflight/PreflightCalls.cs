using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Client;
using MfaConformance.Client.Responses;
using MfaConformance.LoadScenarios.Steps;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Parameters;
namespace MfaConformance.LoadScenarios.Preflight;

/// <summary>The pre-flight's calls, made with the conformance drivers exactly as the suite's steps make them.</summary>
internal sealed class PreflightCalls
{
    private readonly MfaCustomer _customer;
    private readonly OtpDriver _otps;
    private readonly AuthFlowDriver _flow;

    /// <param name="scope">A Reqnroll scenario of the load's run: the drivers come from its container, as for a step.</param>
    public PreflightCalls(PickleExecution scope, MfaCustomer customer)
    {
        _customer = customer;
        scope.Resolve<CustomerContext>().Customer = customer;
        _otps = scope.Resolve<OtpDriver>();
        _flow = scope.Resolve<AuthFlowDriver>();
    }

    public async Task RunAsync(string device)
    {
        var none = CallModifiers.None;
        Accepted(await _flow.StartFirstFactorAsync(_customer, device, none).ConfigureAwait(false), "starting the first factor", ResponseChecks.CarriesSession);
        Accepted(await _flow.RequestFirstFactorOtpAsync(_customer, none).ConfigureAwait(false), "requesting a first-factor OTP");

        // Read the real OTP first, so the wrong one is sure to differ from it.
        await _otps.ReadOwnAsync(_customer, _customer.Flow.FirstFactorSession).ConfigureAwait(false);
        Refused(await _flow.SubmitFirstFactorOtpAsync(_customer, OtpReference.Wrong, none).ConfigureAwait(false), "a wrong first-factor OTP");
        Accepted(await _flow.SubmitFirstFactorOtpAsync(_customer, OtpReference.Own, none).ConfigureAwait(false), "the right first-factor OTP", ResponseChecks.CarriesToken);

        Refused(await _flow.RequestMfaSessionAsync(_customer, null, null, none with { Device = LoadPreflight.OtherDevice }).ConfigureAwait(false), "an MFA session requested from another device");
        Accepted(await _flow.RequestMfaSessionAsync(_customer, null, null, none).ConfigureAwait(false), "requesting an MFA session", ResponseChecks.CarriesSession);
        var password = _customer.Password ?? throw new PreflightFailedException("its customer has no MFA password");
        Refused(await _flow.ValidateMfaPasswordAsync(_customer, "Wr0ng!" + password, none).ConfigureAwait(false), "a wrong MFA password");
        Accepted(await _flow.ValidateMfaPasswordAsync(_customer, password, none).ConfigureAwait(false), "the right MFA password", ResponseChecks.CarriesToken, ResponseChecks.CarriesKey);
    }

    private static void Accepted(ApiResponse response, string what, params Action<ApiResponse>[] checks)
    {
        try
        {
            ResponseChecks.Succeeds(response);
            foreach (var check in checks)
            {
                check(response);
            }
        }
        catch (CheckFailedException)
        {
            throw new PreflightFailedException($"{what} was not accepted as documented: {StepOutcomes.Shorten(ResponseDescriptions.Describe(response))}");
        }
    }

    private static void Refused(ApiResponse response, string what)
    {
        try
        {
            ResponseChecks.Fails(response);
        }
        catch (CheckFailedException)
        {
            throw new PreflightFailedException($"{what} was not refused: {StepOutcomes.Shorten(ResponseDescriptions.Describe(response))}");
        }
    }
}
