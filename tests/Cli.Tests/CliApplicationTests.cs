using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests;

public sealed class CliApplicationTests
{
    [Fact]
    public async Task RunAsync_UnknownOption_ExitsWithUsage()
    {
        var run = await CliRun.RunAsync("accept", "--no-such-option");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--no-such-option");
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_ExitsWithUsage()
    {
        var run = await CliRun.RunAsync("acept");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("acept");
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
