using MfaConformance.LoadEngine.Reporting;

namespace MfaConformance.LoadEngine.Tests.Reporting;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("password=hunter2 rest", "hunter2")]
    [InlineData("{\"otp\":\"123456\"}", "123456")]
    [InlineData("Authorization: Bearer abc.def.ghi", "abc.def.ghi")]
    [InlineData("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefgh", "eyJhbGciOiJIUzI1NiJ9")]
    public void Redact_SecretLookingText_MasksTheSecret(string text, string secret)
    {
        var redacted = SecretRedactor.Redact(text);

        redacted.ShouldNotContain(secret);
        redacted.ShouldContain("***");
    }

    [Fact]
    public void Redact_PlainText_LeavesItAlone()
    {
        SecretRedactor.Redact("status 401 code 1505").ShouldBe("status 401 code 1505");
    }
}
