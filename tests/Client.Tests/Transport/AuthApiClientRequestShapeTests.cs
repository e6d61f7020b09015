using System.Text.Json.Nodes;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Requests;
using MfaConformance.Client.Responses;
using MfaConformance.Client.Tests.Support;
using MfaConformance.Client.Transport;
using static MfaConformance.Client.Tests.Support.Samples;
namespace MfaConformance.Client.Tests.Transport;

public sealed class AuthApiClientRequestShapeTests : ServerTestBase
{
    public static TheoryData<string, string, string, string> Calls() => new()
    {
        { "token/generate", "POST", "/auth/v1/token/generate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","brand":"{{Brand}}","deviceId":"{{Device}}"}""" },
        { "token/generate first-time", "POST", "/auth/v1/token/generate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","brand":"{{Brand}}","deviceId":"{{Device}}","password":"{{Password}}","confirmPassword":"{{Password}}"}""" },
        { "web/token/generate", "POST", "/auth/v1/web/token/generate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","brand":"{{Brand}}"}""" },
        { "otp/generate", "POST", "/auth/v1/otp/generate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","sessionId":"{{Session}}"}""" },
        { "web/otp/generate", "POST", "/auth/v1/web/otp/generate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","brand":"{{Brand}}","sessionId":"{{Session}}"}""" },
        { "otp/validate", "POST", "/auth/v1/otp/validate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","sessionId":"{{Session}}","otp":"{{OtpCode}}"}""" },
        { "web/otp/validate", "POST", "/auth/v1/web/otp/validate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","brand":"{{Brand}}","sessionId":"{{Session}}","otp":"{{OtpCode}}"}""" },
        { "password/validate", "POST", "/auth/v1/password/validate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","sessionId":"{{Session}}","password":"{{Password}}"}""" },
        { "web/password/validate", "POST", "/auth/v1/web/password/validate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","brand":"{{Brand}}","sessionId":"{{Session}}","password":"{{Password}}"}""" },
        { "token/regenerate", "POST", "/auth/v1/token/regenerate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","key":"{{Key}}"}""" },
        { "web/token/regenerate", "POST", "/auth/v1/web/token/regenerate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","brand":"{{Brand}}","expiredToken":"{{Token}}"}""" },
        { "password/change", "POST", "/auth/v1/password/change", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","token":"{{Token}}","password":"{{Password}}","newPassword":"{{NewPassword}}","confirmPassword":"{{NewPassword}}"}""" },
        { "web/password/change", "POST", "/auth/v1/web/password/change", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","brand":"{{Brand}}","token":"{{Token}}","password":"{{Password}}","newPassword":"{{NewPassword}}","confirmPassword":"{{NewPassword}}"}""" },
        { "password/forget", "POST", "/auth/v1/password/forget", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","sessionId":"{{Session}}","password":"{{NewPassword}}","confirmPassword":"{{NewPassword}}"}""" },
        { "web/password/forget", "POST", "/auth/v1/web/password/forget", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","brand":"{{Brand}}","sessionId":"{{Session}}","password":"{{NewPassword}}","confirmPassword":"{{NewPassword}}"}""" },
        { "mfa/token/generate", "POST", "/auth/v1/mfa/token/generate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","authorizedToken":"{{Token}}"}""" },
        { "mfa/token/generate first-time", "POST", "/auth/v1/mfa/token/generate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","authorizedToken":"{{Token}}","password":"{{Password}}","confirmPassword":"{{Password}}"}""" },
        { "mfa/otp/generate", "POST", "/auth/v1/mfa/otp/generate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","sessionId":"{{Session}}"}""" },
        { "mfa/otp/validate", "POST", "/auth/v1/mfa/otp/validate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","sessionId":"{{Session}}","otp":"{{OtpCode}}"}""" },
        { "mfa/password/validate", "POST", "/auth/v1/mfa/password/validate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","sessionId":"{{Session}}","password":"{{Password}}"}""" },
        { "mfa/password/forget", "POST", "/auth/v1/mfa/password/forget", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","sessionId":"{{Session}}","password":"{{NewPassword}}","confirmPassword":"{{NewPassword}}"}""" },
        { "mfa/password/change", "POST", "/auth/v1/mfa/password/change", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","token":"{{Token}}","password":"{{Password}}","newPassword":"{{NewPassword}}","confirmPassword":"{{NewPassword}}"}""" },
        { "mfa/token/regenerate", "POST", "/auth/v1/mfa/token/regenerate", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","key":"{{Key}}"}""" },
        { "mfa/token/expire", "DELETE", "/auth/v1/mfa/token/expire", $$"""{"identifierType":"MOBILE","identifierValue":"{{Mobile}}","deviceId":"{{Device}}","brand":"{{Brand}}","token":"{{Token}}"}""" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task TypedCall_SpecExample_SendsExactMethodPathAndJsonFields(string call, string method, string path, string expectedJson)
    {
        var response = await Invoke(Client, call);

        var sent = Server.Single;
        sent.Method.ShouldBe(method);
        sent.Path.ShouldBe(path);
        JsonNode.DeepEquals(sent.Json, JsonNode.Parse(expectedJson)).ShouldBeTrue($"sent {sent.Body}");
        response.CallName.ShouldBe($"{method} {path}");
        response.IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task TypedCall_AnyEndpoint_SendsJsonContentTypeAndNoAuthorization()
    {
        await Invoke(Client, "mfa/otp/validate");

        var sent = Server.Single;
        sent.Header("Content-Type").ShouldBe("application/json");
        sent.Header("Authorization").ShouldBeNull();
        sent.Header("Cookie").ShouldBeNull();
    }

    [Fact]
    public async Task MfaOtpValidateAsync_LeadingZeroOtp_SendsOtpAsJsonString()
    {
        await Client.MfaOtpValidateAsync(new OtpValidateRequest("MOBILE", Mobile, Device, Brand, Session, "000123"));

        var otp = Server.Single.Json["otp"]!.AsValue();
        otp.GetValueKind().ShouldBe(System.Text.Json.JsonValueKind.String);
        otp.GetValue<string>().ShouldBe("000123");
    }

    [Fact]
    public async Task MfaTokenExpireAsync_Delete_BodyReachesServer()
    {
        await Client.MfaTokenExpireAsync(new TokenExpireRequest("MOBILE", Mobile, Device, Brand, Token));

        var sent = Server.Single;
        sent.Method.ShouldBe("DELETE");
        sent.Body.ShouldNotBeNullOrEmpty();
        sent.Json["token"]!.GetValue<string>().ShouldBe(Token);
        sent.Header("Content-Type").ShouldBe("application/json");
    }

    [Fact]
    public async Task SendRawAsync_OmittedAndEmptyFields_SendsBodyExactlyAsGiven()
    {
        var body = new JsonObject { ["identifierType"] = "MOBILE", ["identifierValue"] = "", ["brand"] = Brand, ["otp"] = 999999 };

        var response = await Client.SendRawAsync(ApiEndpoints.MfaOtpValidate, body);

        var sent = Server.Single.Json;
        sent.ContainsKey("deviceId").ShouldBeFalse();
        sent["identifierValue"]!.GetValue<string>().ShouldBe(string.Empty);
        sent["otp"]!.GetValueKind().ShouldBe(System.Text.Json.JsonValueKind.Number);
        response.CallName.ShouldBe("POST /auth/v1/mfa/otp/validate");
    }

    [Fact]
    public async Task SendRawTextAsync_MalformedJson_SendsTextUnchanged()
    {
        await Client.SendRawTextAsync(ApiEndpoints.TokenGenerate, "{\"brand\":");

        Server.Single.Body.ShouldBe("{\"brand\":");
    }

    [Fact]
    public async Task TypedCall_ExtraHeadersConfigured_SendsThem()
    {
        using var connection = new TargetConnection(new TargetOptions
        {
            BaseUrl = Server.BaseUrl,
            ExtraHeaders = new Dictionary<string, string> { ["X-Gateway-Key"] = "gw-secret-123" },
        });

        await Invoke(connection.CreateAuthClient(), "otp/generate");

        Server.Single.Header("X-Gateway-Key").ShouldBe("gw-secret-123");
    }

    [Fact]
    public async Task TypedCall_BaseUrlWithPath_KeepsTheBasePath()
    {
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = new Uri(Server.BaseUrl, "/mobile/") });

        await Invoke(connection.CreateAuthClient(), "mfa/otp/generate");

        Server.Single.Path.ShouldBe("/mobile/auth/v1/mfa/otp/generate");
    }

    internal static Task<ApiResponse> Invoke(AuthApiClient client, string call) => call switch
    {
        "token/generate" => client.TokenGenerateAsync(new TokenGenerateRequest("MOBILE", Mobile, Brand, Device)),
        "token/generate first-time" => client.TokenGenerateAsync(new TokenGenerateRequest("MOBILE", Mobile, Brand, Device, Password, Password)),
        "web/token/generate" => client.TokenGenerateAsync(new TokenGenerateRequest("MOBILE", Mobile, Brand), ApiChannel.Web),
        "otp/generate" => client.OtpGenerateAsync(new OtpGenerateRequest("MOBILE", Mobile, Device, Brand, Session)),
        "web/otp/generate" => client.OtpGenerateAsync(new OtpGenerateRequest("MOBILE", Mobile, null, Brand, Session), ApiChannel.Web),
        "otp/validate" => client.OtpValidateAsync(new OtpValidateRequest("MOBILE", Mobile, Device, Brand, Session, OtpCode)),
        "web/otp/validate" => client.OtpValidateAsync(new OtpValidateRequest("MOBILE", Mobile, null, Brand, Session, OtpCode), ApiChannel.Web),
        "password/validate" => client.PasswordValidateAsync(new PasswordValidateRequest("MOBILE", Mobile, Device, Brand, Session, Password)),
        "web/password/validate" => client.PasswordValidateAsync(new PasswordValidateRequest("MOBILE", Mobile, null, Brand, Session, Password), ApiChannel.Web),
        "token/regenerate" => client.TokenRegenerateAsync(new TokenRegenerateRequest("MOBILE", Mobile, Device, Brand, Key: Key)),
        "web/token/regenerate" => client.TokenRegenerateAsync(new TokenRegenerateRequest("MOBILE", Mobile, null, Brand, ExpiredToken: Token), ApiChannel.Web),
        "password/change" => client.PasswordChangeAsync(new PasswordChangeRequest("MOBILE", Mobile, Device, Brand, Token, Password, NewPassword, NewPassword)),
        "web/password/change" => client.PasswordChangeAsync(new PasswordChangeRequest("MOBILE", Mobile, null, Brand, Token, Password, NewPassword, NewPassword), ApiChannel.Web),
        "password/forget" => client.PasswordForgetAsync(new PasswordForgetRequest("MOBILE", Mobile, Device, Brand, Session, NewPassword, NewPassword)),
        "web/password/forget" => client.PasswordForgetAsync(new PasswordForgetRequest("MOBILE", Mobile, null, Brand, Session, NewPassword, NewPassword), ApiChannel.Web),
        "mfa/token/generate" => client.MfaTokenGenerateAsync(new MfaTokenGenerateRequest("MOBILE", Mobile, Device, Brand, Token)),
        "mfa/token/generate first-time" => client.MfaTokenGenerateAsync(new MfaTokenGenerateRequest("MOBILE", Mobile, Device, Brand, Token, Password, Password)),
        "mfa/otp/generate" => client.MfaOtpGenerateAsync(new OtpGenerateRequest("MOBILE", Mobile, Device, Brand, Session)),
        "mfa/otp/validate" => client.MfaOtpValidateAsync(new OtpValidateRequest("MOBILE", Mobile, Device, Brand, Session, OtpCode)),
        "mfa/password/validate" => client.MfaPasswordValidateAsync(new PasswordValidateRequest("MOBILE", Mobile, Device, Brand, Session, Password)),
        "mfa/password/forget" => client.MfaPasswordForgetAsync(new PasswordForgetRequest("MOBILE", Mobile, Device, Brand, Session, NewPassword, NewPassword)),
        "mfa/password/change" => client.MfaPasswordChangeAsync(new PasswordChangeRequest("MOBILE", Mobile, Device, Brand, Token, Password, NewPassword, NewPassword)),
        "mfa/token/regenerate" => client.MfaTokenRegenerateAsync(new TokenRegenerateRequest("MOBILE", Mobile, Device, Brand, Key: Key)),
        "mfa/token/expire" => client.MfaTokenExpireAsync(new TokenExpireRequest("MOBILE", Mobile, Device, Brand, Token)),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "no such call in the test table"),
    };
}
