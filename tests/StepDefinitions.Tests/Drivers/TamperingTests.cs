using MfaConformance.StepDefinitions.Drivers;
namespace MfaConformance.StepDefinitions.Tests.Drivers;

public sealed class TamperingTests
{
    [Theory]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOiIxIn0.c2lnbmF0dXJl")]
    [InlineData("opaque~0001~AAAA")]
    [InlineData("x")]
    public void Tamper_AnyValue_ChangesExactlyOneCharacter(string value)
    {
        var tampered = Tampering.Tamper(value);

        tampered.Length.ShouldBe(value.Length);
        tampered.Zip(value).Count(p => p.First != p.Second).ShouldBe(1);
    }

    [Fact]
    public void Tamper_AJwt_ChangesALetterOrDigitNotASeparator()
    {
        const string jwt = "aaaa.bbbb.cccc";

        var tampered = Tampering.Tamper(jwt);

        tampered.Count(c => c == '.').ShouldBe(2);
    }
}
