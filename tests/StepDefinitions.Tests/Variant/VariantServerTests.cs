using MfaConformance.Client;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Requests;
using MfaConformance.Client.Transport;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Tests.Shared.Variant;
namespace MfaConformance.StepDefinitions.Tests.Variant;

/// <summary>The variant really differs from the reference server where the docs leave freedom.</summary>
public sealed class VariantServerTests
{
    [Fact]
    public async Task VariantServer_Answers_DifferInEveryUndocumentedDetail()
    {
        await using var reference = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1_000 });
        await using var variant = await VariantServer.StartAsync(reference.BaseUrl);
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = variant.BaseUrl });
        var hooks = connection.CreateHooksClient();
        (await hooks.PutBrandAsync("VARIANT", DefaultBrandConfiguration.Create())).IsHttpSuccess.ShouldBeTrue();
        var api = connection.CreateAuthClient();

        var started = await api.TokenGenerateAsync(new TokenGenerateRequest("MOBILE", "919800000001", "VARIANT", DeviceId: "d1"));
        var refused = await api.TokenGenerateAsync(new TokenGenerateRequest("MOBILE", "919800000001", "NO-SUCH-BRAND", DeviceId: "d1"));
        var malformed = await api.SendRawTextAsync(ApiEndpoints.TokenGenerate, "{\"identifierType\":");

        started.IsSuccess.ShouldBeTrue(started.ToString());
        started.Auth!.Token!.ShouldStartWith("opaque~");
        started.User!.SessionId!.ShouldEndWith("-variant");
        started.Status!.Message.ShouldBe("OK, done");
        started.HasTopLevelField("requestId").ShouldBeTrue();
        refused.ErrorCode.ShouldBe(1504);
        refused.StatusCode.ShouldBeOneOf(401, 403, 409, 422);
        malformed.StatusCode.ShouldBe(400);
        malformed.Status.ShouldBeNull();
    }
}
