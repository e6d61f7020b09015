using MfaConformance.Cli.Conformance;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;

namespace MfaConformance.Cli.Tests.Conformance;

public sealed class VerifyRunnerTests
{
    private static HarnessSettings Embedded(string? mutant = null) =>
        new() { ReportsFolder = TempFolder(), EmbeddedPasswordHashIterations = 1_000, EmbeddedMutant = mutant };

    [Fact]
    public async Task RunAsync_SmokeAgainstTheEmbeddedServer_ExitsZeroAndWritesTheThreeReports()
    {
        var settings = Embedded();
        using var output = new StringWriter();

        var outcome = await new VerifyRunner().RunAsync(settings, new VerifyRunOptions { Tags = "smoke", Output = output }, CancellationToken.None);

        outcome.ExitCode.ShouldBe(ExitCodes.Ok, output.ToString());
        outcome.Run!.Scenarios.Count().ShouldBe(7);
        outcome.ReportFiles.Select(Path.GetFileName).ShouldBe(["junit.xml", "messages.ndjson.gz", "report.html"], ignoreOrder: true);
        outcome.ReportFiles.ShouldAllBe(f => f.StartsWith(Path.Combine(settings.ReportsFolder, "conformance"), StringComparison.Ordinal));
        output.ToString().ShouldContain("Verdict: every @documented scenario that ran passed.");
    }

    [Fact]
    public async Task RunAsync_AMutantBreakingTheDeviceRule_ExitsOneAndNamesTheFailedScenarios()
    {
        using var output = new StringWriter();

        var outcome = await new VerifyRunner().RunAsync(
            Embedded("ignore-device"), new VerifyRunOptions { Tags = "documented", WriteReports = false, Output = output }, CancellationToken.None);

        outcome.ExitCode.ShouldBe(ExitCodes.Failed);
        outcome.Summary!.DocumentedFailures.ShouldNotBeEmpty();
        outcome.ReportFiles.ShouldBeEmpty();
        output.ToString().ShouldContain("from another device");
        output.ToString().ShouldContain("NOT CONFORMANT");
    }

    [Fact]
    public async Task RunAsync_AnUnreachableTarget_ExitsThree()
    {
        var settings = new HarnessSettings { TargetUrl = new Uri("http://127.0.0.1:1/"), ReportsFolder = TempFolder() };
        using var output = new StringWriter();

        var outcome = await new VerifyRunner().RunAsync(settings, new VerifyRunOptions { Output = output }, CancellationToken.None);

        outcome.ExitCode.ShouldBe(ExitCodes.Unreachable);
        outcome.Error!.ShouldContain("127.0.0.1:1");
    }

    [Fact]
    public async Task RunAsync_ATargetOnWhichNoDocumentedScenarioCanRun_ExitsOneNotVerified()
    {
        await using var server = await ReferenceServer.Hosting.ReferenceServerHost.StartAsync(
            new ReferenceServer.Hosting.ReferenceServerOptions { EnableHooks = false, PasswordHashIterations = 1_000 });
        var settings = new HarnessSettings { TargetUrl = server.BaseUrl, Brand = "ACME", ReportsFolder = TempFolder() };
        using var output = new StringWriter();

        var outcome = await new VerifyRunner().RunAsync(
            settings, new VerifyRunOptions { Tags = "smoke", WriteReports = false, Output = output }, CancellationToken.None);

        outcome.Summary!.DocumentedFailures.ShouldBeEmpty();
        outcome.Summary.DocumentedSkipped.ShouldNotBeEmpty();
        outcome.ExitCode.ShouldBe(ExitCodes.Failed, output.ToString());
        output.ToString().ShouldContain("NOT VERIFIED");
    }

    [Fact]
    public async Task RunAsync_AnInvalidTagExpression_ExitsTwoNamingTheProblem()
    {
        using var output = new StringWriter();

        var outcome = await new VerifyRunner().RunAsync(Embedded(), new VerifyRunOptions { Tags = "(smoke and", Output = output }, CancellationToken.None);

        outcome.ExitCode.ShouldBe(ExitCodes.Usage);
        output.ToString().ShouldStartWith("error:");
    }
}
