using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Tests.Support;

/// <summary>Composite flow steps (first factor, MFA session, MFA login) built on <see cref="ApiDriver"/>.</summary>
internal static class FlowSteps
{
    public static async Task<string> PrimarySessionAsync(this ApiDriver api, TestCustomer c) =>
        (await api.PostAsync("auth/v1/token/generate", c.Body())).ShouldSucceed().SessionId!;

    public static async Task<ApiCall> PrimaryOtpLoginAsync(this ApiDriver api, TestCustomer c)
    {
        var session = await api.PrimarySessionAsync(c);
        (await api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        var otp = await api.ReadOtpAsync(c, session);
        return (await api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session), ("otp", otp)))).ShouldSucceed();
    }

    /// <summary>The first factor: T1 (token) and K1 (key).</summary>
    public static async Task<(string T1, string K1)> FirstFactorAsync(this ApiDriver api, TestCustomer c)
    {
        var call = await api.PrimaryOtpLoginAsync(c);
        return (call.Token!, call.Key!);
    }

    public static Task<ApiCall> MfaTokenGenerateAsync(this ApiDriver api, TestCustomer c, string t1, string? password = null, string? confirm = null) =>
        api.PostAsync("auth/v1/mfa/token/generate", c.Body(("authorizedToken", t1), ("password", password), ("confirmPassword", confirm)));

    public static async Task<string> MfaSessionAsync(this ApiDriver api, TestCustomer c, string? password = null)
    {
        var (t1, _) = await api.FirstFactorAsync(c);
        return (await api.MfaTokenGenerateAsync(c, t1, password, password)).ShouldSucceed().SessionId!;
    }

    public static async Task<ApiCall> MfaOtpValidateAsync(this ApiDriver api, TestCustomer c, string session)
    {
        (await api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        var otp = await api.ReadOtpAsync(c, session);
        return await api.PostAsync("auth/v1/mfa/otp/validate", c.Body(("sessionId", session), ("otp", otp)));
    }

    public static Task<ApiCall> MfaPasswordValidateAsync(this ApiDriver api, TestCustomer c, string session, string password) =>
        api.PostAsync("auth/v1/mfa/password/validate", c.Body(("sessionId", session), ("password", password)));

    /// <summary>Returning-user MFA login (flow 1.5): T2 and K2.</summary>
    public static async Task<(string T2, string K2)> MfaLoginAsync(this ApiDriver api, TestCustomer c, string password = ApiDriver.Password)
    {
        var session = await api.MfaSessionAsync(c);
        var call = (await api.MfaPasswordValidateAsync(c, session, password)).ShouldSucceed();
        return (call.Token!, call.Key!);
    }

    public static Task<ApiCall> ChangeAsync(this ApiDriver api, TestCustomer c, string token, string current, string newPassword, string? confirm = null, string path = "auth/v1/mfa/password/change") =>
        api.PostAsync(path, c.Body(("token", token), ("password", current), ("newPassword", newPassword), ("confirmPassword", confirm ?? newPassword)));

    public static Task<ApiCall> ForgetAsync(this ApiDriver api, TestCustomer c, string session, string password, string? confirm = null) =>
        api.PostAsync("auth/v1/mfa/password/forget", c.Body(("sessionId", session), ("password", password), ("confirmPassword", confirm ?? password)));

    public static Task<ApiCall> ExpireAsync(this ApiDriver api, TestCustomer c, string token) =>
        api.SendAsync(HttpMethod.Delete, "auth/v1/mfa/token/expire", c.Body(("token", token)).ToJsonString());

    public static JsonNode? Str(string? value) => value is null ? null : JsonValue.Create(value);
}
