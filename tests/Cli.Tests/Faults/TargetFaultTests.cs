using System.Text.RegularExpressions;
using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Faults;

/// <summary>
/// A harness that survives its target: each fault makes scenarios fail with a message naming the call and what
/// came back; the run finishes (no crash, no hang) and writes its reports.
/// </summary>
public sealed class TargetFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(TargetFault.Reset, "(connection reset by the server|connection closed before a complete response)")]
    [InlineData(TargetFault.Hang, @"timed out after 2 s")]
    [InlineData(TargetFault.Html, "expected a JSON body, got text/html")]
    [InlineData(TargetFault.TruncatedJson, "invalid or truncated JSON")]
    [InlineData(TargetFault.ServerError, "unexpected HTTP 500")]
    public async Task Verify_FaultyTarget_FailsScenariosNamingTheCallAndWritesReports(TargetFault fault, string whatCameBack)
    {
        await using var server = new FaultyTargetServer(fault);
        var fixtures = FaultRunFixtures.WriteFixtures(_folder);

        var timeout = fault == TargetFault.Hang ? FaultRunFixtures.HangTimeout : "15s";

        var run = await CliRun.RunAsync(FaultRunFixtures.ArgsWithTimeout("verify", server.Url, _folder, fixtures, timeout));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        server.ApiCalls.ShouldBeGreaterThan(0);
        var junit = Path.Combine(_folder.Path, "reports", "conformance", "junit.xml");
        JUnitMessages.Read(junit).ShouldContain(m => Regex.IsMatch(m, $"POST /auth/v1/[a-z/]+.*{whatCameBack}", RegexOptions.Singleline), "no failure names the call and what came back");
        File.Exists(Path.Combine(_folder.Path, "reports", "conformance", "report.html")).ShouldBeTrue();
        File.ReadAllText(junit).ShouldNotContain(FaultRunFixtures.FixedOtp);
    }

    [Theory]
    [InlineData(TargetFault.Reset, "(connection reset by the server|connection closed before a complete response)")]
    [InlineData(TargetFault.Html, "expected a JSON body, got text/html")]
    [InlineData(TargetFault.ServerError, "unexpected HTTP 500")]
    public async Task Verify_FaultOnEveryPathIncludingTheHooksProbe_IsReachableAndFailsScenariosNamingTheCall(TargetFault fault, string whatCameBack)
    {
        await using var server = new FaultyTargetServer(fault, everyPath: true);
        var fixtures = FaultRunFixtures.WriteFixtures(_folder);

        var run = await CliRun.RunAsync(FaultRunFixtures.Args("verify", server.Url, _folder, fixtures));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        var junit = Path.Combine(_folder.Path, "reports", "conformance", "junit.xml");
        JUnitMessages.Read(junit).ShouldContain(m => Regex.IsMatch(m, $"POST /auth/v1/[a-z/]+.*{whatCameBack}", RegexOptions.Singleline), "no failure names the call and what came back");
    }

    [Fact]
    public async Task Accept_RefusedConnection_ExitsThreeNamingTheUrlAndWritesTheBundle()
    {
        var url = ClosedPort.Url();
        var fixtures = FaultRunFixtures.WriteFixtures(_folder);

        var run = await CliRun.RunAsync(FaultRunFixtures.Args("accept", url, _folder, fixtures, "--skip-load", "--skip-explore", "--skip-security"));

        run.ExitCode.ShouldBe(ExitCodes.Unreachable);
        run.Output.ShouldContain(url.ToString());
        run.Output.ShouldContain("connection refused");
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "reports", "accept")).ShouldHaveSingleItem();
        File.ReadAllText(Path.Combine(bundle, "index.html")).ShouldContain("connection refused");
    }

    [Fact]
    public async Task Verify_RefusedConnection_ExitsThreeNamingTheUrl()
    {
        var url = ClosedPort.Url();
        var fixtures = FaultRunFixtures.WriteFixtures(_folder);

        var run = await CliRun.RunAsync(FaultRunFixtures.Args("verify", url, _folder, fixtures));

        run.ExitCode.ShouldBe(ExitCodes.Unreachable);
        (run.Output + run.Error).ShouldContain("connection refused");
    }

    [Fact]
    public async Task Accept_ServerError_PutsTheFailingCallInTheAcceptancePage()
    {
        await using var server = new FaultyTargetServer(TargetFault.ServerError);
        var fixtures = FaultRunFixtures.WriteFixtures(_folder);

        var run = await CliRun.RunAsync(FaultRunFixtures.Args("accept", server.Url, _folder, fixtures, "--skip-load", "--skip-explore", "--skip-security"));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "reports", "accept")).ShouldHaveSingleItem();
        var html = File.ReadAllText(Path.Combine(bundle, "index.html"));
        html.ShouldContain("REJECTED");
        html.ShouldMatch("POST /auth/v1/[a-z/]+");
        html.ShouldContain("500");
    }

    [Fact]
    public async Task Accept_ServerErrorUnderLoad_FailsThePreflightOfEveryFlowAndStillWritesTheBundle()
    {
        await using var server = new FaultyTargetServer(TargetFault.ServerError);
        var fixtures = FaultRunFixtures.WriteFixtures(_folder);

        var run = await CliRun.RunAsync(FaultRunFixtures.Args("accept", server.Url, _folder, fixtures, "--load-duration", "1s", "--load-rate", "2", "--skip-explore", "--skip-security"));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "reports", "accept")).ShouldHaveSingleItem();
        var load = LoadEntries(bundle);
        load.Count.ShouldBe(5);
        load.ShouldAllBe(flow => !(bool)flow!["passed"]!);
        load.SelectMany(flow => flow!["errors"]!.AsArray()).ShouldContain(e => ((string)e!).Contains("pre-flight failed") && ((string)e!).Contains("POST /auth/v1/token/generate") && ((string)e!).Contains("500"));
        File.Exists(Path.Combine(bundle, "SHA256SUMS")).ShouldBeTrue();
    }

    [Fact]
    public async Task Accept_ServerErrorUnderLoadWithThePreflightOff_FailsTheLoadStepsAndStillWritesTheBundle()
    {
        await using var server = new FaultyTargetServer(TargetFault.ServerError);
        var fixtures = FaultRunFixtures.WriteFixtures(_folder);
        var config = _folder.Write("no-preflight.json", """{"load":{"preflight":false}}""");

        var run = await CliRun.RunAsync(FaultRunFixtures.Args("accept", server.Url, _folder, fixtures, "--load-duration", "1s", "--load-rate", "2", "--config", config, "--skip-explore", "--skip-security"));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "reports", "accept")).ShouldHaveSingleItem();
        var load = LoadEntries(bundle);
        load.Count.ShouldBe(5);
        load.ShouldAllBe(flow => !(bool)flow!["passed"]!);
        load.ShouldContain(flow => (long)flow!["failCount"]! > 0);
        load.SelectMany(flow => flow!["errors"]!.AsArray()).ShouldContain(e => ((string)e!).Contains("token_generate") && ((string)e!).Contains("500"));
    }

    private static System.Text.Json.Nodes.JsonArray LoadEntries(string bundle) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(bundle, "accept.json")))!["load"]!.AsArray();
}
