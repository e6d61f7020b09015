using MfaConformance.Client;

using MfaConformance.Client.Responses;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Parameters;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>
/// The set-up composites G1–G10 and T12's fresh login. Every call must succeed, else a
/// <see cref="SetUpFailedException"/> names the call and what came back. They never change "the call".
/// </summary>
public sealed class SetUpDriver(AuthFlowDriver flow)
{
    private static readonly CallModifiers None = CallModifiers.None;

    /// <summary>G1: E1, E2, E3 with the own OTP.</summary>
    public async Task CompleteFirstFactorAsync(MfaCustomer customer, string device)
    {
        await StartFirstFactorAsync(customer, device).ConfigureAwait(false);
        await RequestFirstFactorOtpAsync(customer).ConfigureAwait(false);
        Ensure(await flow.SubmitFirstFactorOtpAsync(customer, OtpReference.Own, None).ConfigureAwait(false), "submitting the first-factor OTP");
    }

    /// <summary>G2: E1.</summary>
    public async Task StartFirstFactorAsync(MfaCustomer customer, string device) =>
        Ensure(await flow.StartFirstFactorAsync(customer, device, None).ConfigureAwait(false), "starting the first factor");

    /// <summary>G3: E2.</summary>
    public async Task RequestFirstFactorOtpAsync(MfaCustomer customer) =>
        Ensure(await flow.RequestFirstFactorOtpAsync(customer, None).ConfigureAwait(false), "requesting a first-factor OTP");

    /// <summary>G4 (no password) and G5 (first-time password): E8.</summary>
    public async Task OpenMfaSessionAsync(MfaCustomer customer, string? password = null) =>
        Ensure(await flow.RequestMfaSessionAsync(customer, password, password, None).ConfigureAwait(false), "requesting an MFA session");

    /// <summary>G6: E9.</summary>
    public async Task RequestMfaOtpAsync(MfaCustomer customer) =>
        Ensure(await flow.RequestMfaOtpAsync(customer, None).ConfigureAwait(false), "requesting an MFA OTP");

    /// <summary>G7: E9 then E10 with the own OTP on the current M.</summary>
    public async Task ValidateMfaOtpAsync(MfaCustomer customer)
    {
        await RequestMfaOtpAsync(customer).ConfigureAwait(false);
        Ensure(await flow.SubmitMfaOtpAsync(customer, OtpReference.Own, None).ConfigureAwait(false), "submitting the MFA OTP");
    }

    /// <summary>G8: E8 (new M) then E11 with the customer's password.</summary>
    public async Task CompleteMfaWithPasswordAsync(MfaCustomer customer)
    {
        var password = customer.Password ?? throw new SetUpFailedException($"The customer {customer} has no MFA password to complete MFA with.");
        await OpenMfaSessionAsync(customer).ConfigureAwait(false);
        Ensure(await flow.ValidateMfaPasswordAsync(customer, password, None).ConfigureAwait(false), "validating the MFA password");
    }

    /// <summary>G9: E8 with the password fields, E9, E10 with the own OTP.</summary>
    public async Task CompleteMfaSettingPasswordAsync(MfaCustomer customer, string password)
    {
        await OpenMfaSessionAsync(customer, password).ConfigureAwait(false);
        await ValidateMfaOtpAsync(customer).ConfigureAwait(false);
    }

    /// <summary>
    /// T12: a fresh login on the customer's device (G1 must succeed), then E8 and, if that succeeded, E11 with
    /// <paramref name="password"/>. Returns the refusing response, or null when MFA completed.
    /// </summary>
    public async Task<ApiResponse?> TryCompleteMfaAsync(MfaCustomer customer, string password)
    {
        var device = customer.Device ?? throw new SetUpFailedException("The customer has no device yet: complete the first factor on a device first.");
        var login = customer.FreshLogin();
        await CompleteFirstFactorAsync(login, device).ConfigureAwait(false);
        var session = await flow.RequestMfaSessionAsync(login, null, null, None).ConfigureAwait(false);
        RejectServerFault(session);
        if (!session.IsSuccess)
        {
            return session;
        }

        var validation = await flow.ValidateMfaPasswordAsync(login, password, None).ConfigureAwait(false);
        RejectServerFault(validation);
        return validation.IsSuccess ? null : validation;
    }

    /// <summary>T14/T15: a fresh first factor (E1, E2, E3 with the own OTP) on <paramref name="device"/>; returns the refusing response, or null when it completed.</summary>
    public async Task<ApiResponse?> TryCompleteFirstFactorAsync(MfaCustomer login, string device)
    {
        ArgumentNullException.ThrowIfNull(login);
        foreach (var step in new Func<Task<ApiResponse>>[]
        {
            () => flow.StartFirstFactorAsync(login, device, None),
            () => flow.RequestFirstFactorOtpAsync(login, None),
            () => flow.SubmitFirstFactorOtpAsync(login, OtpReference.Own, None),
        })
        {
            var response = await step().ConfigureAwait(false);
            RejectServerFault(response);
            if (!response.IsSuccess)
            {
                return response;
            }
        }

        return null;
    }

    private static void Ensure(ApiResponse response, string what)
    {
        if (!response.IsSuccess)
        {
            throw new SetUpFailedException($"Set-up failed while {what}: {ResponseDescriptions.Describe(response)}");
        }
    }

    private static void RejectServerFault(ApiResponse response)
    {
        if (response.TransportError is not null || response.StatusCode >= 500)
        {
            throw new SetUpFailedException($"The login check could not be made: {ResponseDescriptions.Describe(response)}");
        }
    }
}
