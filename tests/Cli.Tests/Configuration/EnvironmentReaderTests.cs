using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Tests.Configuration;

public sealed class EnvironmentReaderTests
{
    [Fact]
    public void Warnings_MisspeltVariable_SuggestsTheSetting()
    {
        var warnings = EnvironmentReader.Warnings(["PATH", "MFA_TARGETURL", "MFA_TARGET_URL"]);

        warnings.ShouldHaveSingleItem().ShouldContain("MFA_TARGETURL is not a setting; did you mean MFA_TARGET_URL?");
    }

    [Fact]
    public void Warnings_UnrelatedMfaVariable_IsLeftAlone() =>
        EnvironmentReader.Warnings(["MFA_IDENTIFIER_VALUE", "HOME"]).ShouldBeEmpty();
}
