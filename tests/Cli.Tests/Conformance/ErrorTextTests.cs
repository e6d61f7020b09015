using MfaConformance.Cli.Conformance;

namespace MfaConformance.Cli.Tests.Conformance;

public sealed class ErrorTextTests
{
    [Fact]
    public void Of_AnArgumentException_DropsTheParameterSuffix()
    {
        ErrorText.Of(new ArgumentException("unknown mutant 'x'", "names")).ShouldBe("unknown mutant 'x'");
        ErrorText.Of(new InvalidOperationException("boom")).ShouldBe("boom");
    }
}
