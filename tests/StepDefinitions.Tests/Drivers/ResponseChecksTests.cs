using MfaConformance.Client;
using MfaConformance.Client.Requests;
using MfaConformance.Client.Transport;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions.Drivers;
namespace MfaConformance.StepDefinitions.Tests.Drivers;

public sealed class ResponseChecksTests
{
    [Fact]
    public async Task Checks_ARefusedCall_FailsPassAndSuccessFailsNamingCallStatusCodeAndRedactedBody()
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1_000 });
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = server.BaseUrl });
        var response = await connection.CreateAuthClient().MfaPasswordValidateAsync(
            new PasswordValidateRequest("MOBILE", "9100", "d1", "NO-SUCH-BRAND", "P-none", "Sup3r!secret"));

        ResponseChecks.Fails(response);
        ResponseChecks.FailsWithCode(response, 1504, 1509);
        var error = Should.Throw<CheckFailedException>(() => ResponseChecks.Succeeds(response));
        var wrongCode = Should.Throw<CheckFailedException>(() => ResponseChecks.FailsWithCode(response, 1528));

        error.Message.ShouldStartWith("expected the call to succeed (status.success true, status.code 200), but POST /auth/v1/mfa/password/validate answered HTTP 400");
        error.Message.ShouldContain("status.code 1504");
        error.Message.ShouldContain("body: {");
        error.Message.ShouldNotContain("Sup3r!secret");
        wrongCode.Message.ShouldContain("status.code 1528");
    }

    [Fact]
    public async Task NoServerFault_NothingListening_FailsSayingTheCallGotNoAnswer()
    {
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = new Uri("http://127.0.0.1:1/") });
        var response = await connection.CreateAuthClient().MfaTokenExpireAsync(new TokenExpireRequest("MOBILE", "9100", "d1", "ACME", "T2"));

        var error = Should.Throw<CheckFailedException>(() => ResponseChecks.Fails(response));

        error.Message.ShouldContain("DELETE /auth/v1/mfa/token/expire got no answer");
    }
}
