using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests;

public sealed class CliApplicationTests
{
    [Fact]
    public async Task RunAsync_UnknownOption_ExitsWithUsage()
    {
        var run = await CliRun.RunAsync("accept", "--no-such-option");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("'--no-such-option' is not an option of 'accept' (see 'mfa-conformance accept --help')");
    }

    [Fact]
    public async Task RunAsync_MisspeltOption_SuggestsTheOptionAndDoesNotReportItsValue()
    {
        var run = await CliRun.RunAsync("verify", "--taget", "http://127.0.0.1:5080");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("error: '--taget' is not an option of 'verify'; did you mean '--target'?");
        run.Error.ShouldNotContain("127.0.0.1:5080");
        run.Output.ShouldBeEmpty("nothing ran");
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_SuggestsTheCommand()
    {
        var run = await CliRun.RunAsync("acept");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("error: 'acept' is not a command; did you mean 'accept'?");
        run.Error.ShouldNotContain("Required command");
    }

    [Fact]
    public async Task RunAsync_Help_NamesTheToolAsItIsInstalled()
    {
        var run = await CliRun.RunAsync("verify", "--help");

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Output.ShouldContain("Usage:\n  mfa-conformance verify [options]".ReplaceLineEndings());
        run.Output.ShouldNotContain("MfaConformance.Cli");
        run.Output.ShouldContain("Env MFA_TIMEOUT. File: target.timeout.", Case.Sensitive, "option help is made from the settings table");
    }

    [Fact]
    public async Task RunAsync_DurationsOfHoursAndMinutes_AreAcceptedByEveryDurationOption()
    {
        using var folder = new TempFolder();

        var run = await CliRun.InAsync(folder.Path, [("MFA_LOAD_DURATION", "1h30m")], "verify", "--timeout", "1h30m", "--scenario-timeout", "1h30m", "--suite-timeout", "1h30m", "--tags", "@nosuchtag");

        run.Error.ShouldBeEmpty();
        run.ExitCode.ShouldBe(ExitCodes.Failed, "the settings were accepted; the empty selection is what fails");
    }

    [Fact]
    public async Task RunAsync_TimeoutWithoutUnit_IsRefusedWithAHint()
    {
        var run = await CliRun.RunAsync("verify", "--timeout", "5");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("error: --timeout: '5' has no unit: write 5s or 5000ms");
        run.Output.ShouldBeEmpty("nothing ran");
    }

    [Fact]
    public async Task RunAsync_MissingConfigFile_ExitsWithUsageNamingTheOption()
    {
        var run = await CliRun.RunAsync("accept", "--config", "/nonexistent/mfa.json");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--config");
        run.Error.ShouldContain("does not exist");
    }

    [Fact]
    public async Task RunAsync_BadConfigKey_ExitsWithUsageNamingTheKey()
    {
        using var folder = new TempFolder();
        var config = folder.Write("bad.json", """{ "target": { "baseURL": "http://127.0.0.1:1" } }""");

        var run = await CliRun.RunAsync("accept", "--config", config);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("target.baseURL");
        run.Error.ShouldContain("did you mean 'baseUrl'?");
    }

    [Fact]
    public async Task RunAsync_BadTimeoutOption_ExitsWithUsageNamingTheOption()
    {
        var run = await CliRun.RunAsync("accept", "--timeout", "soon");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--timeout: 'soon' is not a duration");
    }

    [Theory]
    [InlineData("--rate", "5", "drop --rate")]
    [InlineData("--duration", "5s", "drop --duration")]
    [InlineData("--copies", "2", "give either stages or --copies")]
    public async Task Accept_StagesWithAnotherShape_IsUsage_BeforeTheSuiteRuns(string option, string value, string message)
    {
        var run = await CliRun.RunAsync("accept", "--stage", "1s:5/s", option, value, "--tags", "@smoke");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--stage");
        run.Error.ShouldContain(message);
        run.Output.ShouldNotContain("running the conformance suite");
    }

    [Fact]
    public async Task RunAsync_Help_ListsEveryCommand()
    {
        var run = await CliRun.RunAsync("--help");

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        foreach (var command in new[] { "accept", "verify", "load", "mutants", "serve", "init" })
        {
            run.Output.ShouldContain(command);
        }
    }
}
