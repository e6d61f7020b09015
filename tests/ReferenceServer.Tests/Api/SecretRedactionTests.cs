using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.State;

namespace MfaConformance.ReferenceServer.Tests.Api;

/// <summary>Records that carry secrets never print them.</summary>
public sealed class SecretRedactionTests
{
    [Fact]
    public void AuthBody_ToString_HidesTokenAndKey()
    {
        var text = new AuthBody("token-secret-value", "key-secret-value").ToString();
        text.ShouldNotContain("token-secret-value");
        text.ShouldNotContain("key-secret-value");
    }

    [Fact]
    public void ApiResponse_ToString_HidesAuth()
    {
        var response = new ApiResponse(StatusBody.Ok, new AuthBody("token-secret-value", null));
        response.ToString().ShouldNotContain("token-secret-value");
        response.ToString().ShouldContain("SUCCESS");
    }

    [Fact]
    public void OtpRecord_ToString_HidesOtp()
    {
        var now = DateTimeOffset.UnixEpoch;
        new OtpRecord("918273", "P-1", now, now).ToString().ShouldNotContain("918273");
    }

    [Fact]
    public void ApiException_Message_NamesFieldNotValue()
    {
        var ex = ApiException.InvalidDetails("field 'password' is required");
        ex.Code.ShouldBe(1519);
        ex.Message.ShouldBe("Invalid details passed: field 'password' is required");
    }
}
