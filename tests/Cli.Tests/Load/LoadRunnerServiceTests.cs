using MfaConformance.Cli.Load;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.LoadScenarios;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Tests.Load;

public sealed class LoadRunnerServiceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Defaults_EmbeddedServer_Hashes1000PbkdfIterations() =>
        TargetFactory.EmbeddedServerOptions(new HarnessSettings()).PasswordHashIterations.ShouldBe(1000);

    [Fact]
    public async Task RunAgainstAsync_LaunchedTarget_RunsTheGherkinScenarioAndReturnsItsReportFolder()
    {
        var config = _folder.Write("load.json", """
            { "scenarios": { "a_returning_customer_completes_mfa_with_their_password": { "warmUp": "0s",
                "simulations": [ { "iterationsForConstant": { "copies": 1, "iterations": 3 } } ], "thresholds": [ "fail_rate < 1%" ] } } }
            """);
        var settings = new HarnessSettings { ReportsFolder = _folder.Path, LoadConfigPath = config };
        await using var target = await TargetFactory.LaunchAsync(settings, CancellationToken.None);
        var options = new LoadRunOptions { Scenario = "A returning customer completes MFA with their password", ConsoleProgress = false, HandleCtrlC = false };

        var outcome = await new LoadRunnerService().RunAgainstAsync(target, settings, options, CancellationToken.None);

        outcome.ExitCode.ShouldBe(0, outcome.Error);
        outcome.Scenario.ShouldBe("a_returning_customer_completes_mfa_with_their_password");
        outcome.Result.ShouldNotBeNull().Stats.Scenarios.ShouldHaveSingleItem().Total.Ok.Count.ShouldBe(3);
        Directory.Exists(outcome.ReportFolder).ShouldBeTrue();
        outcome.ReportFolder!.ShouldStartWith(Path.Combine(_folder.Path, "load"));
    }

    [Fact]
    public async Task RunAsync_CancelledWhileRunning_WritesTheReportsAndExits1()
    {
        var settings = new HarnessSettings { ReportsFolder = _folder.Path, LoadDuration = TimeSpan.FromSeconds(60), LoadRate = 5 };
        var output = new SignallingWriter("[load] returning_user_login elapsed");
        using var cancellation = new CancellationTokenSource();
        var options = new LoadRunOptions { WarmUp = TimeSpan.Zero, HandleCtrlC = false, Output = output };

        var run = new LoadRunnerService().RunAsync(settings, options, cancellation.Token);
        await output.Seen;
        await cancellation.CancelAsync();
        var outcome = await run;

        outcome.ExitCode.ShouldBe(1, output.ToString());
        outcome.Result.ShouldNotBeNull().Cancelled.ShouldBeTrue();
        File.Exists(Path.Combine(outcome.ReportFolder!, "report.md")).ShouldBeTrue();
        output.ToString().ShouldContain("Verdict: the run was cancelled.");
    }

    [Fact]
    public void LoadFor_ConfigDescribingEveryFlow_KeepsOnlyTheRunningScenario()
    {
        var config = _folder.Write("all.json", """
            { "scenarios": { "returning_user_login": { "thresholds": [ "p99 < 500ms" ] }, "change_password": { "warmUp": "1s" } } }
            """);

        var loaded = LoadConfigFiles.LoadFor(config, LoadScenarioNames.ChangePassword);

        loaded.Scenarios.Keys.ShouldBe([LoadScenarioNames.ChangePassword]);
        LoadConfigFiles.HasThresholds(loaded, LoadScenarioNames.ChangePassword).ShouldBeFalse();
    }

    [Fact]
    public void IsLoadConfig_HarnessConfigFile_IsFalse()
    {
        _folder.Write("harness.json", """{ "target": { "baseUrl": null } }""");
        _folder.Write("load.json", """{ "global": { "consoleProgress": false } }""");

        LoadConfigFiles.IsLoadConfig(Path.Combine(_folder.Path, "harness.json")).ShouldBeFalse();
        LoadConfigFiles.IsLoadConfig(Path.Combine(_folder.Path, "load.json")).ShouldBeTrue();
        LoadConfigFiles.IsLoadConfig(Path.Combine(_folder.Path, "missing.json")).ShouldBeFalse();
    }

    [Fact]
    public void DefaultLoadConfig_OfTheRepository_ParsesAndHasEveryFlow()
    {
        var path = Path.Combine(MfaConformance.Bdd.Runtime.RepositoryRoot.Find(), "load", "default.json");

        var config = MfaConformance.LoadEngine.Config.LoadConfig.Load(path);

        config.Scenarios.Keys.ShouldBe(LoadScenarioNames.Flows, ignoreOrder: true);
        config.Scenarios.Values.ShouldAllBe(s => s.Thresholds.Count > 0);
    }

    public void Dispose() => _folder.Dispose();
}
