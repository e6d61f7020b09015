using System.Text.Json.Nodes;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Tests.Redaction;

public sealed class SecretRedactorTests
{
    private readonly SecretRedactor _redactor = new(new SecretRegistry(), ["pin"]);

    [Theory]
    [InlineData("password")]
    [InlineData("confirmPassword")]
    [InlineData("NEWPASSWORD")]
    [InlineData("otp")]
    [InlineData("token")]
    [InlineData("authorizedToken")]
    [InlineData("key")]
    [InlineData("expiredToken")]
    [InlineData("hash")]
    [InlineData("pin")]
    public void RedactJson_SecretKeyAnyCase_ValueBecomesMask(string key)
    {
        var node = new JsonObject { [key] = "top-secret-value", ["brand"] = "ACME" };

        var redacted = _redactor.RedactJson(node)!.AsObject();

        redacted[key]!.GetValue<string>().ShouldBe("***");
        redacted["brand"]!.GetValue<string>().ShouldBe("ACME");
        node[key]!.GetValue<string>().ShouldBe("top-secret-value", "the input must not be modified");
    }

    [Fact]
    public void RedactJson_NullSecretAndNested_KeepsNullRedactsNested()
    {
        var node = JsonNode.Parse("""{"auth":{"token":"t-secret-1","key":null},"list":[{"otp":123456}]}""");

        var text = _redactor.RedactJson(node)!.ToJsonString();

        text.ShouldBe("""{"auth":{"token":"***","key":null},"list":[{"otp":"***"}]}""");
    }

    [Fact]
    public void RedactText_RegisteredSecret_MaskedAnywhere()
    {
        _redactor.Registry.Register("hunter2-pass");

        _redactor.RedactText("user typed hunter2-pass twice: hunter2-pass").ShouldBe("user typed *** twice: ***");
    }

    [Fact]
    public void RedactText_BrokenJsonWithSecretPair_MasksValue()
    {
        var text = _redactor.RedactText("""{"password":"abc\"def","otp":"12345""");

        text.ShouldBe("""{"password":"***","otp":"***""");
    }

    [Fact]
    public void RedactBody_NotJson_UsesValueRedaction()
    {
        _redactor.Registry.Register("tok-abcdef");

        _redactor.RedactBody("<html>tok-abcdef</html>").ShouldBe("<html>***</html>");
    }

    [Fact]
    public void RegisterSecretsIn_JsonWithSecrets_RegistersStringAndNumberValues()
    {
        _redactor.RegisterSecretsIn(JsonNode.Parse("""{"password":"p-123456","nested":{"otp":987654},"brand":"ACME"}"""));

        _redactor.Registry.Contains("p-123456").ShouldBeTrue();
        _redactor.Registry.Contains("987654").ShouldBeTrue();
        _redactor.Registry.Contains("ACME").ShouldBeFalse();
    }
}
