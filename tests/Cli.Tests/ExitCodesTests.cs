using MfaConformance.Bdd;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.LoadEngine;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Errors;
namespace MfaConformance.Cli.Tests;

/// <summary>The one place an exception becomes an exit code: the harness's errors carry theirs, the libraries' are listed once.</summary>
public sealed class ExitCodesTests
{
    public static TheoryData<Exception, int> Exceptions => new()
    {
        { new SettingsException("--timeout", "'5' has no unit"), 2 },
        { new UnreachableException("the NATS server", new Uri("nats://127.0.0.1:4299"), "Connection refused"), 3 },
        { new TargetUnreachableException("target unreachable: connection refused"), 3 },
        { new BddFeatureException("features/x.feature: Gherkin syntax error"), 2 },
        { new LoadConfigException("$.global: unknown key"), 2 },
        { new ArgumentException("unknown mutant 'x'", "names"), 2 },
        { new TargetSetUpException("Creating the run brand failed"), 1 },
        { new IOException("disk full"), 1 },
        { new NullReferenceException("a harness bug"), 1 },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Of_EachKindOfError_GivesItsDocumentedExitCode(Exception exception, int exitCode) =>
        ExitCodes.Of(exception).ShouldBe(exitCode);

    [Fact]
    public void IsExpected_AHarnessBug_IsNotAnExpectedEnd()
    {
        ExitCodes.IsExpected(new SettingsException("x", "y")).ShouldBeTrue();
        ExitCodes.IsExpected(new NullReferenceException()).ShouldBeFalse();
    }

    [Fact]
    public void Message_AnArgumentException_DropsTheParameterSuffix()
    {
        ExitCodes.Message(new ArgumentException("unknown mutant 'x'", "names")).ShouldBe("unknown mutant 'x'");
        ExitCodes.Message(new InvalidOperationException("boom")).ShouldBe("boom");
    }

    [Fact]
    public void UnreachableException_NamesWhatAndTheAddressWithoutCredentials()
    {
        var error = new UnreachableException("the target", new Uri("https://alice:s3cr3t@sandbox.example.test:8443/api?key=k"), "Connection refused");

        error.Message.ShouldBe("the target https://sandbox.example.test:8443/api could not be reached: Connection refused");
        error.ExitCode.ShouldBe(ExitCode.Unreachable);
    }
}
