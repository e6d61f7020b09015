using MfaConformance.Client;
using MfaConformance.Client.Endpoints;
using MfaConformance.StepDefinitions.Drivers;
namespace MfaConformance.StepDefinitions.Tests.Drivers;

public sealed class RequestDraftTests
{
    [Fact]
    public void Build_AFlowValueTheScenarioLacks_ThrowsNamingTheFieldAndTheCall()
    {
        var draft = new RequestDraft(ApiEndpoints.MfaOtpGenerate, null).Set("brand", "B").Set("sessionId", null, "MFA session M");

        var error = Should.Throw<InvalidOperationException>(draft.Build);

        error.Message.ShouldContain("POST /auth/v1/mfa/otp/generate");
        error.Message.ShouldContain("MFA session M for 'sessionId'");
    }

    [Fact]
    public void Build_AMissingValueReplacedOrRemovedByAModifier_Succeeds()
    {
        var replaced = new RequestDraft(ApiEndpoints.MfaOtpGenerate, null).Set("sessionId", null);
        replaced.Override("sessionId", "S-1");
        var removed = new RequestDraft(ApiEndpoints.MfaOtpGenerate, null).Set("sessionId", null);
        removed.Remove("sessionId");

        replaced.Build()["sessionId"]!.GetValue<string>().ShouldBe("S-1");
        removed.Build().ContainsKey("sessionId").ShouldBeFalse();
    }
}
