using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_ListMutants_PrintsEveryMutantWithItsRule()
    {
        var run = await CliRun.RunAsync("serve", "--list-mutants");

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        foreach (var mutant in ReferenceServer.Mutants.Mutants.All.Concat(ReferenceServer.Mutants.Mutants.Explorer))
        {
            run.Output.ShouldContain(mutant.Name);
        }

        run.Output.ShouldContain("Explorer targets");
    }

    [Fact]
    public async Task Serve_UnknownMutant_ExitsWithUsageNamingIt()
    {
        var run = await CliRun.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--mutant", "no-such-mutant");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("no-such-mutant");
    }

    [Fact]
    public async Task Serve_BadHooksValue_ExitsWithUsage()
    {
        var run = await CliRun.RunAsync("serve", "--hooks", "maybe");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
    }

    [Fact]
    public async Task Serve_FreePort_AnswersUntilCancelledThenExitsZero()
    {
        using var cts = new CancellationTokenSource();
        var output = new SignallingWriter("Ctrl+C stops.");
        var serving = CliRun.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--no-hooks"], cts.Token, output);
        await output.Seen.WaitAsync(TestContext.Timeout);
        var url = output.ToString().Split("listening on ")[1].Split(' ')[0];
        using var http = new HttpClient();

        var response = await http.PostAsync(new Uri(new Uri(url), "/auth/v1/token/generate"), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        await cts.CancelAsync();
        var run = await serving;

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        run.ExitCode.ShouldBe(ExitCodes.Ok);
        output.ToString().ShouldContain("hooks off");
    }
}
