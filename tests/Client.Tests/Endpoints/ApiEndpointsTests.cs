using MfaConformance.Client.Endpoints;
namespace MfaConformance.Client.Tests.Endpoints;

public sealed class ApiEndpointsTests
{
    [Fact]
    public void All_Spec_HasTwentyTwoDistinctCalls()
    {
        ApiEndpoints.All.Count.ShouldBe(22);
        ApiEndpoints.All.Select(e => e.Name).Distinct().Count().ShouldBe(22);
        ApiEndpoints.All.ShouldAllBe(e => e.Path.StartsWith("/auth/v1/") && e.Path == e.Path.ToLowerInvariant());
    }

    [Theory]
    [InlineData("mfa/otp/validate", "POST /auth/v1/mfa/otp/validate")]
    [InlineData("/auth/v1/web/token/generate", "POST /auth/v1/web/token/generate")]
    [InlineData("delete /auth/v1/mfa/token/expire", "DELETE /auth/v1/mfa/token/expire")]
    public void Find_AnyNameForm_ReturnsEndpoint(string name, string expected) =>
        ApiEndpoints.Find(name).ShouldNotBeNull().Name.ShouldBe(expected);

    [Fact]
    public void Get_Unknown_ThrowsListingKnownNames()
    {
        var ex = Should.Throw<ArgumentException>(() => ApiEndpoints.Get("mfa/otp/verify"));

        ex.Message.ShouldContain("unknown endpoint 'mfa/otp/verify'");
        ex.Message.ShouldContain("mfa/otp/validate");
    }

    [Fact]
    public void For_Web_ReturnsWebForm() =>
        ApiEndpoints.For(ApiEndpoints.PasswordForget, ApiChannel.Web).ShouldBe(ApiEndpoints.WebPasswordForget);

    [Fact]
    public void For_MfaEndpointOnWeb_Throws() =>
        Should.Throw<ArgumentException>(() => ApiEndpoints.For(ApiEndpoints.MfaOtpValidate, ApiChannel.Web)).Message.ShouldContain("has no web form");

    [Fact]
    public void Hooks_NoEnvelopeAndMarkedAsHooks()
    {
        ApiEndpoints.Hooks.ShouldAllBe(e => !e.UsesEnvelope && e.IsHook);
        ApiEndpoints.All.ShouldAllBe(e => e.UsesEnvelope && !e.IsHook);
    }
}
