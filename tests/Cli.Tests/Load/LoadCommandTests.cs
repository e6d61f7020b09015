using MfaConformance.Cli.Load;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.LoadScenarios;

namespace MfaConformance.Cli.Tests.Load;

public sealed class LoadCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task List_PrintsEveryFlowAndTheLoadTaggedGherkinScenarios()
    {
        var run = await CliRun.RunAsync("load", "--list");

        run.ExitCode.ShouldBe(0, run.Error);
        foreach (var flow in LoadScenarioNames.Flows)
        {
            run.Output.ShouldContain(flow);
        }

        run.Output.ShouldContain("a_returning_customer_completes_mfa_with_their_password");
        run.Output.ShouldContain("Gherkin");
    }

    [Fact]
    public async Task Load_UnknownScenario_ExitsWithUsageAndListsTheNames()
    {
        var run = await CliRun.RunAsync("load", "--scenario", "no_such_flow", "--reports", _folder.Path);

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldContain("no load scenario is named 'no_such_flow'");
        run.Output.ShouldContain(LoadScenarioNames.ChangePassword);
        run.Error.ShouldContain("load --list");
    }

    [Theory]
    [InlineData("--rate", "fast")]
    [InlineData("--duration", "soon")]
    [InlineData("--warm-up", "-3s")]
    public async Task Load_BadShapeOption_ExitsWithUsageNamingTheOption(string option, string value)
    {
        var run = await CliRun.RunAsync("load", option, value, "--reports", _folder.Path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(option);
    }

    [Fact]
    public async Task Load_BadLoadConfig_ExitsWithUsageNamingTheKey()
    {
        var config = _folder.Write("bad.json", """{ "scenarios": { "returning_user_login": { "warmUpp": "1s" } } }""");

        var run = await CliRun.RunAsync("load", "--load-config", config, "--reports", _folder.Path);

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldContain("warmUpp");
    }

    [Fact]
    public async Task Load_UnreachableTarget_ExitsWith3()
    {
        var run = await CliRun.RunAsync("load", "--target", ClosedPort.Url().ToString(), "--duration", "1s", "--no-progress", "--reports", _folder.Path);

        run.ExitCode.ShouldBe(3, run.Output);
        run.Output.ShouldContain("unreachable");
    }

    [Fact]
    public async Task Load_ConfigWithHeldThresholds_RunsAgainstTheEmbeddedServerAndExits0()
    {
        var config = _folder.Write("load.json", """
            { "scenarios": { "returning_user_login": { "warmUp": "0s",
                "simulations": [ { "iterationsForConstant": { "copies": 2, "iterations": 4 } } ],
                "thresholds": [ "fail_rate < 1%", "ok_count == 4" ] } } }
            """);

        var run = await CliRun.RunAsync("load", "--config", config, "--no-progress", "--reports", _folder.Path);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("[pass] ok_count == 4");
        run.Output.ShouldContain("mfa_password_validate");
        Directory.GetFiles(Path.Combine(_folder.Path, "load"), "report.md", SearchOption.AllDirectories).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Load_BrokenThreshold_Exits1()
    {
        var config = _folder.Write("load.json", """
            { "scenarios": { "change_password": { "warmUp": "0s",
                "simulations": [ { "iterationsForConstant": { "copies": 1, "iterations": 2 } } ],
                "thresholds": [ "ok_count > 1000" ] } } }
            """);

        var run = await CliRun.RunAsync("load", "--scenario", "change_password", "--load-config", config, "--no-progress", "--reports", _folder.Path);

        run.ExitCode.ShouldBe(1, run.Output + run.Error);
        run.Output.ShouldContain("[FAIL] ok_count > 1000");
    }

    [Fact]
    public async Task Load_RateAndDurationOnTheCommandLine_BeatTheLoadConfigsSimulations()
    {
        var config = _folder.Write("load.json", """
            { "scenarios": { "returning_user_login": { "warmUp": "0s",
                "simulations": [ { "iterationsForConstant": { "copies": 1, "iterations": 40 } } ],
                "thresholds": [ "fail_rate < 1%", "ok_count < 10" ] } } }
            """);

        var run = await CliRun.RunAsync("load", "--load-config", config, "--rate", "2", "--duration", "1s", "--no-progress", "--reports", _folder.Path);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("Load shape: --rate and --duration replaced the simulations of the load config: 2 iterations/s for 1s (options and variables beat files).");
        run.Output.ShouldContain("[pass] ok_count < 10", Case.Sensitive, "2/s for 1 s, not the config's 40 iterations; its thresholds still apply");
    }

    [Fact]
    public void ShapeGivenBeatsConfig_ARateFromTheConfigurationFile_LeavesTheLoadConfigsSimulations()
    {
        var config = MfaConformance.LoadEngine.Config.LoadConfig.Parse("""{ "scenarios": { "change_password": { "simulations": [ { "iterationsForConstant": { "copies": 1, "iterations": 3 } } ] } } }""");
        var fromFile = new MfaConformance.Targets.Settings.HarnessSettings { LoadRate = 5, Origins = new Dictionary<string, MfaConformance.Targets.Settings.SettingOrigin> { ["load.rate"] = MfaConformance.Targets.Settings.SettingOrigin.File } };
        var fromVariable = fromFile with { Origins = new Dictionary<string, MfaConformance.Targets.Settings.SettingOrigin> { ["load.rate"] = MfaConformance.Targets.Settings.SettingOrigin.Environment } };

        var (kept, none) = LoadRunnerService.ShapeGivenBeatsConfig(fromFile, config, LoadScenarioNames.ChangePassword);
        var (replaced, note) = LoadRunnerService.ShapeGivenBeatsConfig(fromVariable, config, LoadScenarioNames.ChangePassword);

        kept!.Scenarios[LoadScenarioNames.ChangePassword].Simulations.ShouldNotBeNull("a file does not beat a file: the load config is the more specific one");
        none.ShouldBeNull();
        replaced!.Scenarios[LoadScenarioNames.ChangePassword].Simulations.ShouldBeNull();
        note.ShouldStartWith("MFA_LOAD_RATE replaced the simulations of the load config");
    }

    public void Dispose() => _folder.Dispose();
}
