using System.Text.Json;
using MfaConformance.Cli.Load;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.LoadScenarios;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Tests.Compare;

/// <summary>
/// `compare` and `load --baseline` end to end on two tiny real runs against the embedded server (5 s each, timing-free
/// thresholds), plus the usage errors of comparing, of the load shapes and of `serve --debug-delay`.
/// </summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task TwoTinyRuns_LoadBaselineAppliesTheLimits_CompareWritesMarkdownJsonAndHtml()
    {
        var config = HalfSecondIntervals();
        string[] common = ["--config", config, "--warm-up", "0s", "--no-preflight", "--no-progress", "--reports", _folder.Path];
        var first = await CliRun.RunAsync(["load", "--duration", "3s", "--rate", "10", .. common]);
        first.ExitCode.ShouldBe(0, first.Output + first.Error);
        var baseline = Directory.GetDirectories(Path.Combine(_folder.Path, "load")).Single();

        // the second run ramps to the same rate in 500 ms, then holds it (stages from the command line)
        var second = await CliRun.RunAsync(["load", "--stage", "500ms:10/s", "--stage", "3s:10/s", .. common, "--baseline", baseline, "--limit", "p99(step=no_such_step) regression < 10%"]);

        second.ExitCode.ShouldBe(1, second.Output + second.Error);
        second.Output.ShouldContain("[FAIL] p99(step=no_such_step) regression < 10%");
        second.Output.ShouldContain("no step named 'no_such_step' is in both runs");
        second.Output.ShouldContain("the comparison with the baseline failed");
        var current = Directory.GetDirectories(Path.Combine(_folder.Path, "load")).Single(d => d != baseline);
        File.Exists(Path.Combine(current, "compare.json")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(current, "report.md")).ShouldContain("RampingInject(rate: 10, interval: 00:00:01, during: 00:00:00.5000000), then RampingInject(rate: 10, interval: 00:00:01, during: 00:00:03)");

        var output = Path.Combine(_folder.Path, "cmp");
        var compare = await CliRun.RunAsync("compare", baseline, current, "--out", output, "--limit", "p50(step=mfa_password_validate) regression < 1000%");

        compare.ExitCode.ShouldBe(0, compare.Output + compare.Error);
        compare.Output.ShouldContain("[pass] p50(step=mfa_password_validate) regression < 1000%");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "compare.json")));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("step").ValueKind == JsonValueKind.Null ? "(iteration)" : r.GetProperty("step").GetString())
            .ShouldBe(["(iteration)", "token_generate", "otp_generate", "otp_validate", "mfa_token_generate", "mfa_password_validate"]);
        foreach (var row in rows)
        {
            var figures = row.GetProperty("figures").EnumerateArray().ToList();
            figures.Select(f => f.GetProperty("figure").GetString()).ShouldBe(["rps", "fail_rate", "p50", "p90", "p99", "p99.9", "max"]);
            figures.ShouldAllBe(f => f.GetProperty("verdict").GetString() == "no difference" || f.GetProperty("verdict").GetString() == "regression" || f.GetProperty("verdict").GetString() == "improvement");
            // the baseline ran 3 s at 10/s: its throughput is about 10/s (less on a loaded machine whose starts run late)
            figures.Single(f => f.GetProperty("figure").GetString() == "rps").GetProperty("baseline").GetDouble().ShouldBeInRange(5, 11);
        }

        (await File.ReadAllTextAsync(Path.Combine(output, "compare.md"))).ShouldContain("| returning_user_login | mfa_password_validate | p99 |");
        var html = await File.ReadAllTextAsync(Path.Combine(output, "compare.html"));
        html.ShouldContain("<svg");
        html.ShouldContain("data-series=\"baseline\"");
        html.ShouldContain("data-series=\"current\"");
    }

    [Fact]
    public async Task Compare_AFolderThatIsNoLoadReport_IsUsageNamingIt()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "empty"));

        var run = await CliRun.RunAsync("compare", Path.Combine(_folder.Path, "empty"), Path.Combine(_folder.Path, "empty"));

        run.ExitCode.ShouldBe(2);
        (run.Output + run.Error).ShouldContain("is no load report folder: it has no report.json");
    }

    [Theory]
    [InlineData("--limit", "p99 regression < 10", "the limit needs a unit")]
    [InlineData("--limit", "p98(step=x) regression < 10%", "unknown figure 'p98'")]
    public async Task Compare_BadLimit_IsUsageNamingTheOption(string option, string value, string message)
    {
        var run = await CliRun.RunAsync("compare", _folder.Path, _folder.Path, option, value);

        run.ExitCode.ShouldBe(2);
        (run.Output + run.Error).ShouldContain(option);
        (run.Output + run.Error).ShouldContain(message);
    }

    [Theory]
    [InlineData(new[] { "--stage", "10s:5/s", "--rate", "5" }, "the stages set the rate and the length of the run: drop --rate")]
    [InlineData(new[] { "--stage", "10s:5/s", "--copies", "2" }, "give either stages or --copies")]
    [InlineData(new[] { "--copies", "2", "--rate", "5" }, "exclude each other")]
    [InlineData(new[] { "--stage", "10:5/s" }, "'10' has no unit: write 10s")]
    [InlineData(new[] { "--copies", "none" }, "--copies: 'none' is not a whole number")]
    [InlineData(new[] { "--baseline", "/no/such/folder" }, "--baseline: '/no/such/folder' does not exist")]
    public async Task Load_BadShapeOrBaseline_IsUsageBeforeAnythingRuns(string[] args, string message)
    {
        var run = await CliRun.RunAsync(["load", .. args, "--no-progress", "--reports", _folder.Path]);

        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        (run.Output + run.Error).ShouldContain(message);
        Directory.Exists(Path.Combine(_folder.Path, "load")).ShouldBeFalse();
    }

    /// <summary>
    /// Two copies for 1 s run as many iterations as the machine allows (each takes a fresh customer): 1,000 customers
    /// are more than a quiet machine gets through (20 ran out after 0.2 s).
    /// </summary>
    [Fact]
    public async Task Load_Copies_RunAClosedModel()
    {
        var closed = await CliRun.RunAsync("load", "--copies", "2", "--duration", "1s", "--customers", "1000", "--config", TimingFreeLoadConfig.Write(_folder), "--warm-up", "0s", "--no-preflight", "--no-progress", "--reports", _folder.Path);

        closed.ExitCode.ShouldBe(0, closed.Output + closed.Error);
        var report = File.ReadAllText(Path.Combine(Directory.GetDirectories(Path.Combine(_folder.Path, "load")).Single(), "report.md"));
        report.ShouldContain("KeepConstant(copies: 2, during: 00:00:01)");
    }

    [Fact]
    public void Stages_FromAVariable_ReplaceTheLoadConfigsSimulations_FromTheFile_TheyDoNot()
    {
        var config = LoadEngine.Config.LoadConfig.Parse("""{ "scenarios": { "change_password": { "simulations": [ { "iterationsForConstant": { "copies": 1, "iterations": 3 } } ] } } }""");
        _folder.Write("mfa-conformance.json", """{ "load": { "stages": "10s:5/s, 20s:5/s" } }""");
        var fromFile = ResolveSettings.In(_folder.Path, config: "mfa-conformance.json", command: HarnessCommands.Load);
        var fromVariable = ResolveSettings.In(_folder.Path, FakeEnvironment.Of(("MFA_LOAD_STAGES", "10s:5/s, 20s:0/s")), command: HarnessCommands.Load);

        var (kept, none) = LoadRunnerService.ShapeGivenBeatsConfig(fromFile, config, LoadScenarioNames.ChangePassword);
        var (replaced, note) = LoadRunnerService.ShapeGivenBeatsConfig(fromVariable, config, LoadScenarioNames.ChangePassword);

        fromFile.LoadStages.Select(LoadEngine.Config.LoadStageParser.Format).ShouldBe(["10s:5/s", "20s:5/s"]);
        kept!.Scenarios[LoadScenarioNames.ChangePassword].Simulations.ShouldNotBeNull("a file does not beat a file");
        none.ShouldBeNull();
        replaced!.Scenarios[LoadScenarioNames.ChangePassword].Simulations.ShouldBeNull();
        note.ShouldBe("MFA_LOAD_STAGES replaced the simulations of the load config: RampingInject(rate: 5, interval: 00:00:01, during: 00:00:10), then RampingInject(rate: 0, interval: 00:00:01, during: 00:00:20) (options and variables beat files)");
    }

    [Theory]
    [InlineData("nope=20ms", "names no endpoint of the server: 'nope'")]
    [InlineData("mfa_password_validate", "expected ENDPOINT=DURATION")]
    [InlineData("mfa_password_validate=20", "'20' has no unit")]
    public async Task Serve_BadDebugDelay_IsUsage(string value, string message)
    {
        var run = await CliRun.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--debug-delay", value);

        run.ExitCode.ShouldBe(2);
        (run.Output + run.Error).ShouldContain(message);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Timing-free thresholds, and 500 ms reporting intervals: a 3 s run has the 6 intervals the test needs to judge a figure.</summary>
    private string HalfSecondIntervals()
    {
        _folder.Write("load-thresholds.json", """{ "global": { "lateStartBound": "2s", "reportingInterval": "500ms", "thresholds": [ "fail_rate < 1%" ] } }""");
        return _folder.Write("mfa-conformance.json", """{ "load": { "config": "load-thresholds.json" } }""");
    }
}
