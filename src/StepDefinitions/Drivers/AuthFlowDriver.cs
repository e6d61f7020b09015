using MfaConformance.Client;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Responses;
using MfaConformance.Client.Transport;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Deadlines;
using MfaConformance.StepDefinitions.Parameters;
using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>
/// The API actions A1–A12: each builds its request from the customer's state, applies the next-call
/// modifiers, makes one call through the shared RestSharp connection and keeps the flow values a
/// success returns. Never asserts: the caller records or checks the response.
/// </summary>
public sealed class AuthFlowDriver
{
    private readonly AuthApiClient _api;
    private readonly CustomerContext _customers;
    private readonly OtpDriver _otps;
    private readonly ScenarioDeadline _deadline;

    /// <summary>For hosts without scenarios (load iterations): only the run's deadline applies.</summary>
    public AuthFlowDriver(ConformanceTarget target, ScenarioHttpObserver observer, CustomerContext customers, OtpDriver otps)
        : this(target, observer, customers, otps, new ScenarioDeadline(target))
    {
    }

    /// <summary>The constructor the binding runtime injects: every call observes the scenario's deadline.</summary>
    public AuthFlowDriver(ConformanceTarget target, ScenarioHttpObserver observer, CustomerContext customers, OtpDriver otps, ScenarioDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(target);
        _api = target.Connection.CreateAuthClient(observer);
        _customers = customers;
        _otps = otps;
        _deadline = deadline;
    }

    /// <summary>A1: E1 token/generate; the device becomes the customer's device.</summary>
    public async Task<ApiResponse> StartFirstFactorAsync(MfaCustomer customer, string device, CallModifiers modifiers)
    {
        customer.Device = device;
        var draft = Draft(ApiEndpoints.TokenGenerate, customer, null);
        if (customer.Mobile is not null)
        {
            draft.Set("mobile", customer.Mobile);
        }

        var response = await SendAsync(draft, modifiers).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            customer.Flow.EarlierFirstFactorSession = customer.Flow.FirstFactorSession;
            customer.Flow.FirstFactorSession = response.User?.SessionId;
            customer.Flow.FirstFactorSessionToken = response.Auth?.Token;
        }

        return response;
    }

    /// <summary>A2: E2 otp/generate with S.</summary>
    public Task<ApiResponse> RequestFirstFactorOtpAsync(MfaCustomer customer, CallModifiers modifiers) =>
        SendAsync(Draft(ApiEndpoints.OtpGenerate, customer, null).Set("sessionId", customer.Flow.FirstFactorSession, "first-factor session S"), modifiers);

    /// <summary>A3: E3 otp/validate with S; keeps T1 and K1.</summary>
    public async Task<ApiResponse> SubmitFirstFactorOtpAsync(MfaCustomer customer, OtpReference otp, CallModifiers modifiers)
    {
        var session = customer.Flow.FirstFactorSession;
        var value = await _otps.ResolveAsync(otp, customer, session, customer.Flow.EarlierFirstFactorSession).ConfigureAwait(false);
        var response = await SendAsync(Draft(ApiEndpoints.OtpValidate, customer, null).Set("sessionId", session, "first-factor session S").Set("otp", value), modifiers).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            customer.Flow.FirstFactorToken = response.Auth?.Token;
            customer.Flow.FirstFactorKey = response.Auth?.Key;
            customer.Flow.PreviousOtp = value;
        }

        return response;
    }

    /// <summary>A4/A5: E8 mfa/token/generate with T1 (and the first-time password fields when given); keeps M.</summary>
    public async Task<ApiResponse> RequestMfaSessionAsync(MfaCustomer customer, string? password, string? confirmPassword, CallModifiers modifiers)
    {
        var draft = Draft(ApiEndpoints.MfaTokenGenerate, customer, "authorizedToken").Set("authorizedToken", customer.Flow.FirstFactorToken, "first-factor token T1");
        if (password is not null || confirmPassword is not null)
        {
            draft.Set("password", password).Set("confirmPassword", confirmPassword);
        }

        var response = await SendAsync(draft, modifiers).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            customer.Flow.EarlierMfaSession = customer.Flow.MfaSession;
            customer.Flow.MfaSession = response.User?.SessionId;
            customer.Flow.MfaSessionToken = response.Auth?.Token;
            customer.Flow.PendingPassword = password;
        }

        return response;
    }

    /// <summary>A6: E9 mfa/otp/generate with M.</summary>
    public Task<ApiResponse> RequestMfaOtpAsync(MfaCustomer customer, CallModifiers modifiers) =>
        SendAsync(Draft(ApiEndpoints.MfaOtpGenerate, customer, null).Set("sessionId", customer.Flow.MfaSession, "MFA session M"), modifiers);

    /// <summary>A7: E10 mfa/otp/validate with M; keeps T2, K2 and the OTP as "the previous OTP".</summary>
    public async Task<ApiResponse> SubmitMfaOtpAsync(MfaCustomer customer, OtpReference otp, CallModifiers modifiers)
    {
        var session = customer.Flow.MfaSession;
        var value = await _otps.ResolveAsync(otp, customer, session, customer.Flow.EarlierMfaSession).ConfigureAwait(false);
        var response = await SendAsync(Draft(ApiEndpoints.MfaOtpValidate, customer, null).Set("sessionId", session, "MFA session M").Set("otp", value), modifiers).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            KeepMfaCredentials(customer, response);
            customer.Flow.PreviousOtp = value;
            customer.Password = customer.Flow.PendingPassword ?? customer.Password;
            customer.Flow.PendingPassword = null;
        }

        return response;
    }

    /// <summary>A8: E11 mfa/password/validate with M; keeps T2 and K2.</summary>
    public async Task<ApiResponse> ValidateMfaPasswordAsync(MfaCustomer customer, string password, CallModifiers modifiers)
    {
        var draft = Draft(ApiEndpoints.MfaPasswordValidate, customer, null).Set("sessionId", customer.Flow.MfaSession, "MFA session M").Set("password", password);
        var response = await SendAsync(draft, modifiers).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            KeepMfaCredentials(customer, response);
        }

        return response;
    }

    /// <summary>A9: E12 mfa/password/forget (POST) with M.</summary>
    public async Task<ApiResponse> ResetMfaPasswordAsync(MfaCustomer customer, string password, string confirmPassword, CallModifiers modifiers)
    {
        var draft = Draft(ApiEndpoints.MfaPasswordForget, customer, null).Set("sessionId", customer.Flow.MfaSession, "MFA session M")
            .Set("password", password).Set("confirmPassword", confirmPassword);
        var response = await SendAsync(draft, modifiers).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            customer.Password = password;
        }

        return response;
    }

    /// <summary>A10: E13 mfa/password/change with T2; A13: the same request on the password/change path (#3).</summary>
    public async Task<ApiResponse> ChangeMfaPasswordAsync(
        MfaCustomer customer, string current, string newPassword, string confirmPassword, CallModifiers modifiers, bool onPasswordChangePath = false)
    {
        var endpoint = onPasswordChangePath ? ApiEndpoints.PasswordChange : ApiEndpoints.MfaPasswordChange;
        var draft = Draft(endpoint, customer, "token").Set("token", customer.Flow.MfaToken, "MFA token T2")
            .Set("password", current).Set("newPassword", newPassword).Set("confirmPassword", confirmPassword);
        var response = await SendAsync(draft, modifiers).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            customer.Password = newPassword;
        }

        return response;
    }

    /// <summary>A11: E14 mfa/token/regenerate with K2; the new token becomes T2.</summary>
    public async Task<ApiResponse> RegenerateMfaTokenAsync(MfaCustomer customer, CallModifiers modifiers)
    {
        var response = await SendAsync(Draft(ApiEndpoints.MfaTokenRegenerate, customer, "key").Set("key", customer.Flow.MfaKey, "MFA key K2"), modifiers).ConfigureAwait(false);
        if (response.IsSuccess && response.Auth?.Token is { } token)
        {
            customer.Flow.MfaToken = token;
        }

        return response;
    }

    /// <summary>A14: E5 token/regenerate (mobile) with K1; the new token becomes T1.</summary>
    public async Task<ApiResponse> RegenerateFirstFactorTokenAsync(MfaCustomer customer, CallModifiers modifiers)
    {
        var draft = Draft(ApiEndpoints.TokenRegenerate, customer, "key").Set("key", customer.Flow.FirstFactorKey, "first-factor key K1");
        if (customer.Mobile is not null)
        {
            draft.Set("mobile", customer.Mobile);
        }

        var response = await SendAsync(draft, modifiers).ConfigureAwait(false);
        if (response.IsSuccess && response.Auth?.Token is { } token)
        {
            customer.Flow.FirstFactorToken = token;
        }

        return response;
    }

    /// <summary>A12: E15 mfa/token/expire (DELETE with a JSON body, #7) with T2; A15: the same request by POST (the resource table's method).</summary>
    public Task<ApiResponse> ExpireMfaTokenAsync(MfaCustomer customer, CallModifiers modifiers, bool byPost = false) =>
        SendAsync(Draft(byPost ? ApiEndpoints.MfaTokenExpireByPost : ApiEndpoints.MfaTokenExpire, customer, "token").Set("token", customer.Flow.MfaToken, "MFA token T2"), modifiers);

    private static void KeepMfaCredentials(MfaCustomer customer, ApiResponse response)
    {
        customer.Flow.MfaToken = response.Auth?.Token;
        customer.Flow.MfaKey = response.Auth?.Key;
    }

    private static RequestDraft Draft(ApiEndpoint endpoint, MfaCustomer customer, string? credentialField) =>
        new RequestDraft(endpoint, credentialField)
            .Set("identifierType", customer.IdentifierType)
            .Set("identifierValue", customer.IdentifierValue)
            .Set("deviceId", customer.Device, "device (start the first factor on a device first)")
            .Set("brand", customer.Brand);

    private Task<ApiResponse> SendAsync(RequestDraft draft, CallModifiers modifiers)
    {
        new CallModifierApplier(_customers).Apply(draft, modifiers);
        var body = draft.Build();
        return _deadline.RunAsync(draft.Endpoint.Name, ct => modifiers.MalformedJson
            ? _api.SendRawTextAsync(draft.Endpoint, MalformedJson(body.ToJsonString()), cancellationToken: ct)
            : _api.SendRawAsync(draft.Endpoint, body, ct));
    }

    /// <summary>The valid body cut in half: not JSON, still sent as application/json (N9).</summary>
    internal static string MalformedJson(string json) => json[..Math.Max(1, json.Length / 2)];
}
