using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Security;

/// <summary>The planted weaknesses are debug switches of `serve`, named as such in its help and listed with their effect.</summary>
public sealed class ServeWeaknessTests
{
    [Fact]
    public async Task Serve_ListWeaknesses_PrintsEachWithItsEffectAndCheck()
    {
        var run = await CliRun.RunAsync("serve", "--list-weaknesses");

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        foreach (var weakness in ReferenceServer.Weaknesses.Weaknesses.All)
        {
            run.Output.ShouldContain(weakness.Name);
            run.Output.ShouldContain($"[flagged by: {weakness.Check}]");
        }
    }

    [Fact]
    public async Task Serve_Help_NamesTheWeaknessesAsDebugSwitches()
    {
        var run = await CliRun.RunAsync("serve", "--help");

        run.Output.ShouldContain("--debug-weakness");
        run.Output.ShouldContain("Debug switch");
        run.Output.ShouldContain("counter-token");
    }

    [Fact]
    public async Task Serve_UnknownWeakness_ExitsWithUsageNamingIt()
    {
        var run = await CliRun.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--debug-weakness", "no-such-weakness");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("no-such-weakness");
    }
}
