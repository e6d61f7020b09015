using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>`accept` with no configuration at all runs against the embedded server and writes the bundle.</summary>
public sealed class EmbeddedAcceptTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Accept_NoTarget_RunsTheEmbeddedServerAndWritesTheBundle()
    {
        var config = TimingFreeLoadConfig.Write(_folder);

        var run = await CliRun.RunAsync("accept", "--config", config, "--reports", _folder.Path, "--tags", "@smoke", "--load-duration", "1s", "--load-rate", "2", "--explore-time", "3s", "--skip-security");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output + run.Error);
        run.Output.ShouldContain("embedded reference server at http://127.0.0.1:");
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "accept")).ShouldHaveSingleItem();
        var html = File.ReadAllText(Path.Combine(bundle, "index.html"));
        html.ShouldContain("ACCEPTED");
        html.ShouldMatch(@"<th>Suite</th><td>the tool&#39;s suite .+ \(\d+ feature files, sha256:[0-9a-f]{16}\): 7 scenarios selected, 7 ran</td>");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "accept.json")));
        var suite = json.RootElement.GetProperty("suite");
        suite.GetProperty("contentHash").GetString()!.ShouldMatch("^sha256:[0-9a-f]{16}$");
        suite.GetProperty("source").GetString().ShouldEndWith("features");
        (suite.GetProperty("selected").GetInt32(), suite.GetProperty("ran").GetInt32()).ShouldBe((7, 7));
        File.ReadAllText(Path.Combine(bundle, "conformance", "junit.xml")).ShouldContain("<property name=\"suite.hash\" value=\"sha256:");
        html.ShouldContain("<h2 id=\"explore\">Exploration against a model of the documentation</h2>");
        html.ShouldContain("no contradiction of the documentation");
        var explore = json.RootElement.GetProperty("explore");
        explore.GetProperty("programs").GetInt32().ShouldBeGreaterThan(0);
        explore.GetProperty("contradictions").GetArrayLength().ShouldBe(0);
        File.Exists(Path.Combine(bundle, "explore", "explore.md")).ShouldBeTrue();
    }

    [Fact]
    public async Task Accept_EmbeddedMutant_ExitsOneAndNamesTheFailedRequirement()
    {
        var run = await CliRun.RunAsync("accept", "--reports", _folder.Path, "--tags", "@smoke", "--skip-load", "--skip-explore", "--skip-security", "--mutant", "old-password-survives-change");

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "accept")).ShouldHaveSingleItem();
        var html = File.ReadAllText(Path.Combine(bundle, "index.html"));
        html.ShouldContain("REJECTED");
        html.ShouldContain("(mutant old-password-survives-change)");
        html.ShouldContain("the new one works and the old one fails");
    }

    [Fact]
    public async Task Accept_MutantBreakingOneRuleOnOneEndpoint_MarksThatCellFailedInTheMatrix()
    {
        var run = await CliRun.RunAsync("accept", "--reports", _folder.Path, "--tags", "@rule:brand", "--skip-load", "--skip-explore", "--skip-security", "--mutant", "ignore-brand-on-mfa-password-forget");

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "accept")).ShouldHaveSingleItem();
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "accept.json")));
        var brand = json.RootElement.GetProperty("rules").EnumerateArray().Where(c => c.GetProperty("rule").GetString() == "brand").ToArray();
        brand.Where(c => c.GetProperty("verdict").GetString() == "failed").Select(c => c.GetProperty("endpoint").GetString())
            .ShouldBe(["mfa/password/forget"]);
        brand.Count(c => c.GetProperty("verdict").GetString() == "passed").ShouldBe(11);
        var html = File.ReadAllText(Path.Combine(bundle, "index.html"));
        html.ShouldContain("Documented rules × endpoints");
        html.ShouldContain("<td class=\"o-failed\">Brand</td><td>mfa/password/forget</td>");
    }
}
