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

        var run = await CliRun.RunAsync("accept", "--config", config, "--reports", _folder.Path, "--tags", "@smoke", "--load-duration", "1s", "--load-rate", "2");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output + run.Error);
        run.Output.ShouldContain("embedded reference server at http://127.0.0.1:");
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "accept")).ShouldHaveSingleItem();
        File.ReadAllText(Path.Combine(bundle, "index.html")).ShouldContain("ACCEPTED");
    }

    [Fact]
    public async Task Accept_EmbeddedMutant_ExitsOneAndNamesTheFailedRequirement()
    {
        var run = await CliRun.RunAsync("accept", "--reports", _folder.Path, "--tags", "@smoke", "--skip-load", "--mutant", "old-password-survives-change");

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
        var run = await CliRun.RunAsync("accept", "--reports", _folder.Path, "--tags", "@rule:brand", "--skip-load", "--mutant", "ignore-brand-on-mfa-password-forget");

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
