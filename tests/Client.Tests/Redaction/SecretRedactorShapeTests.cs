using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Tests.Redaction;

/// <summary>The free-text rules by shape of the one redactor (formerly the load engine's own copy).</summary>
public sealed class SecretRedactorShapeTests
{
    [Theory]
    [InlineData("password=hunter2 rest", "hunter2")]
    [InlineData("{\"otp\":\"123456\"}", "123456")]
    [InlineData("Authorization: Bearer abc.def.ghi", "abc.def.ghi")]
    [InlineData("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefgh", "eyJhbGciOiJIUzI1NiJ9")]
    public void RedactText_SecretLookingText_MasksTheSecret(string text, string secret)
    {
        var redacted = SecretRedactor.Default.RedactText(text);

        redacted.ShouldNotContain(secret);
        redacted.ShouldContain("***");
    }

    [Fact]
    public void RedactText_PlainText_LeavesItAlone()
    {
        SecretRedactor.Default.RedactText("status 401 code 1505").ShouldBe("status 401 code 1505");
    }
}
