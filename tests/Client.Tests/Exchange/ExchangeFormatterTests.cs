using MfaConformance.Client.Requests;
using MfaConformance.Client.Tests.Support;
using MfaConformance.Client.Transport;
using static MfaConformance.Client.Tests.Support.Samples;
namespace MfaConformance.Client.Tests.Exchange;

public sealed class ExchangeFormatterTests : ServerTestBase
{
    private static readonly string[] Secrets = [Password, NewPassword, Token, Key, OtpCode, "gw-secret-123"];

    protected override TargetOptions Options() => new()
    {
        BaseUrl = Server.BaseUrl,
        ExtraHeaders = new Dictionary<string, string> { ["X-Api-Key"] = "gw-secret-123" },
    };

    [Fact]
    public async Task Format_SecretsInRequestAndResponse_NoneAppear()
    {
        Server.Handle((_, ctx) =>
        {
            ctx.Response.Headers["Set-Cookie"] = "_cfuvid=" + Token;
            return FakeServer.Write(ctx, 200, TokenResponse());
        });

        var response = await Client.MfaPasswordChangeAsync(new PasswordChangeRequest("MOBILE", Mobile, Device, Brand, Token, Password, NewPassword, NewPassword));
        var text = response.Exchange.Format();

        foreach (var secret in Secrets)
        {
            text.ShouldNotContain(secret);
            response.RedactedBody.ShouldNotContain(secret);
            response.ToString().ShouldNotContain(secret);
            response.RedactedJson!.ToJsonString().ShouldNotContain(secret);
        }
        text.ShouldStartWith($"POST {Server.BaseUrl}auth/v1/mfa/password/change");
        text.ShouldContain("\"newPassword\":\"***\"");
        text.ShouldContain("HTTP 200");
        text.ShouldContain("X-Api-Key: ***");
        text.ShouldContain("Content-Type: application/json");
    }

    [Fact]
    public async Task Format_SecretEchoedInErrorMessage_ValueRedacted()
    {
        Server.Reply(400, Error(1528, $"bad password {Password}"));

        var response = await Client.MfaPasswordValidateAsync(new PasswordValidateRequest("MOBILE", Mobile, Device, Brand, Session, Password));

        response.Exchange.Format().ShouldNotContain(Password);
        response.Status!.ToString().ShouldNotContain(Password);
        response.Status.Message.ShouldBe("bad password ***");
        response.BodyContains(Password).ShouldBeTrue("the raw body is still checkable without exposing it");
    }

    [Fact]
    public async Task Format_TransportError_ShowsItInsteadOfStatus()
    {
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = ClosedPort.Url() });

        var response = await connection.CreateAuthClient().MfaOtpValidateAsync(new OtpValidateRequest("MOBILE", Mobile, Device, Brand, Session, OtpCode));

        var text = response.Exchange.Format();
        text.ShouldContain("!! POST /auth/v1/mfa/otp/validate: connection refused");
        text.ShouldNotContain(OtpCode);
    }
}
