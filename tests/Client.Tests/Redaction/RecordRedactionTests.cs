using MfaConformance.Client.Fixtures;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Otp;
using MfaConformance.Client.Requests;
using MfaConformance.Client.Responses;
using MfaConformance.Client.Transport;
using static MfaConformance.Client.Tests.Support.Samples;
namespace MfaConformance.Client.Tests.Redaction;

public sealed class RecordRedactionTests
{
    private static readonly string[] Secrets = [Password, NewPassword, OtpCode, Token, Key, "fixed-otp-999", "gw-secret-123"];

    public static TheoryData<object> Records() => new()
    {
        new TokenGenerateRequest("MOBILE", Mobile, Brand, Device, Password, Password),
        new MfaTokenGenerateRequest("MOBILE", Mobile, Device, Brand, Token, Password, Password),
        new OtpGenerateRequest("MOBILE", Mobile, Device, Brand, Session, Key),
        new OtpValidateRequest("MOBILE", Mobile, Device, Brand, Session, OtpCode),
        new PasswordValidateRequest("MOBILE", Mobile, Device, Brand, Session, Password),
        new TokenRegenerateRequest("MOBILE", Mobile, Device, Brand, Key, Token),
        new PasswordChangeRequest("MOBILE", Mobile, Device, Brand, Token, Password, NewPassword, NewPassword),
        new PasswordForgetRequest("MOBILE", Mobile, Device, Brand, Session, NewPassword, NewPassword),
        new TokenExpireRequest("MOBILE", Mobile, Device, Brand, Token),
        new AuthBlock(Token, Key),
        new HookCustomer(Brand, "MOBILE", Mobile, Password),
        new IdentityFixture("MOBILE", Mobile, Password, Device),
        new OtpSourceOptions { Kind = OtpSourceKind.Fixed, FixedOtp = "fixed-otp-999" },
        new TargetOptions
        {
            BaseUrl = new Uri("http://127.0.0.1:1"),
            ExtraHeaders = new Dictionary<string, string> { ["X-Key"] = "gw-secret-123" },
            Otp = new OtpSourceOptions { FixedOtp = "fixed-otp-999" },
        },
        new FixedOtpSource("fixed-otp-999"),
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void ToString_RecordWithSecrets_ContainsNoSecret(object record)
    {
        var text = record.ToString()!;

        foreach (var secret in Secrets)
            text.ShouldNotContain(secret);
        text.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void ToString_Request_ShowsNonSecretFieldsAndMask()
    {
        var text = new OtpValidateRequest("MOBILE", Mobile, Device, Brand, Session, OtpCode).ToString();

        text.ShouldBe($"OtpValidateRequest {{ IdentifierType = MOBILE, IdentifierValue = {Mobile}, DeviceId = {Device}, Brand = {Brand}, SessionId = {Session}, Otp = *** }}");
    }

    [Fact]
    public void ToString_NullSecret_ShownAsNull()
    {
        new AuthBlock("t-1", null).ToString().ShouldBe("AuthBlock { Token = ***, Key = null }");
    }
}
