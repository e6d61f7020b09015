using System.Net;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Mutants;

/// <summary>Set-ups the mutant probes share: a second brand holding the same identifier, a fresh MFA session after a validated OTP.</summary>
internal static class ProbeSteps
{
    public const string WrongOtp = "000000";
    public const string OtherWrongOtp = "111111";

    /// <summary>A new brand holding a customer with the same identifier as <paramref name="c"/>: the same customer, seen on another brand.</summary>
    public static async Task<TestCustomer> SameIdentifierOnAnotherBrandAsync(this ApiDriver api, TestCustomer c)
    {
        var brand = Brands.Unique();
        await api.PutMfaBrandAsync(brand);
        var call = await api.PostAsync("__harness/v1/customers", new JsonArray(new JsonObject
        {
            ["brand"] = brand,
            ["identifierType"] = c.IdentifierType,
            ["identifierValue"] = c.IdentifierValue,
            ["password"] = ApiDriver.Password,
        }));
        call.Status.ShouldBe(HttpStatusCode.Created);
        return c with { Brand = brand };
    }

    /// <summary>Flow 1.7 up to the reset: an MFA OTP validated on one session, then a new MFA session for the reset.</summary>
    public static async Task<string> ResetSessionAsync(this ApiDriver api, TestCustomer c)
    {
        (await api.MfaOtpValidateAsync(c, await api.MfaSessionAsync(c))).ShouldSucceed();
        return await api.MfaSessionAsync(c);
    }

    public static Task<ApiCall> MfaOtpGenerateAsync(this ApiDriver api, TestCustomer c, string session) =>
        api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", session)));

    public static Task<ApiCall> MfaOtpSubmitAsync(this ApiDriver api, TestCustomer c, string session, string otp) =>
        api.PostAsync("auth/v1/mfa/otp/validate", c.Body(("sessionId", session), ("otp", otp)));

    public static string Wrong(string otp) => otp == WrongOtp ? OtherWrongOtp : WrongOtp;
}
