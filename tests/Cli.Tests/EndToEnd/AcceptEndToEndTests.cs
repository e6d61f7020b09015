using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MfaConformance.Cli.Accept;

namespace MfaConformance.Cli.Tests.EndToEnd;

[Collection(AcceptRunCollection.Name)]
public sealed class AcceptEndToEndTests(AcceptRunFixture fixture)
{
    private JsonNode Report => JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.Bundle, AcceptJsonWriter.FileName)))!;

    [Fact]
    public void Accept_ConformantTarget_ExitsZeroWithEveryDocumentedRequirementPassed()
    {
        fixture.Run.ExitCode.ShouldBe(ExitCodes.Ok, fixture.Run.Output + fixture.Run.Error);
        var documented = Report["requirements"]!.AsArray().Where(r => (string?)r!["level"] == "documented").ToList();
        documented.Count.ShouldBeGreaterThan(50);
        documented.ShouldAllBe(r => (string?)r!["outcome"] == "passed");
        ((string?)Report["verdict"]).ShouldBe("accepted", "accept.json says the page's word");
    }

    [Fact]
    public void Accept_Bundle_CitesTheSpecForEveryDocumentedRequirement()
    {
        var uncited = Report["requirements"]!.AsArray()
            .Where(r => (string?)r!["level"] == "documented" && (string?)r["citation"] == "(no citation)")
            .Select(r => (string?)r!["scenario"]);

        uncited.ShouldBeEmpty();
    }

    [Fact]
    public void Accept_Bundle_HoldsThePageTheMachineReportsAndAManifestThatMatches()
    {
        var manifest = File.ReadAllLines(Path.Combine(fixture.Bundle, BundleManifest.FileName))
            .Select(l => l.Split("  ", 2))
            .ToDictionary(p => p[1], p => p[0]);

        manifest.Keys.ShouldContain("index.html");
        manifest.Keys.ShouldContain("accept.json");
        manifest.Keys.ShouldContain("conformance/junit.xml");
        manifest.Keys.ShouldContain("conformance/messages.ndjson.gz");
        manifest.Keys.ShouldBe(BundleManifest.Files(fixture.Bundle), ignoreOrder: true);
        foreach (var (file, hash) in manifest)
        {
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(fixture.Bundle, file)))).ShouldBe(hash, file);
        }
    }

    [Fact]
    public void Accept_Page_ShowsTargetVersionVerdictAndTheSpecDecisions()
    {
        var html = File.ReadAllText(Path.Combine(fixture.Bundle, "index.html"));

        html.ShouldContain("ACCEPTED");
        html.ShouldContain(AcceptRunner.HarnessVersion);
        html.ShouldContain("127.0.0.1");
        foreach (var item in SpecInconsistencies.All)
        {
            html.ShouldContain($"<td>#{item.Number}</td>");
        }
    }

    [Fact]
    public void Accept_EveryFlow_RanItsLoadAgainstTheConfiguredThresholds()
    {
        var load = Report["load"]!.AsArray();

        load.Select(f => (string?)f!["flow"]).ShouldBe(["returning_user_login", "first_time_enrolment", "forgot_password", "change_password", "token_regeneration"]);
        load.ShouldAllBe(f => (bool)f!["passed"]! && (long)f["okCount"]! > 0);
        // the configured threshold, and the abort limit every load run keeps (more than half failing stops it)
        load.ShouldAllBe(f => f!["thresholds"]!.AsArray().Select(t => t!["expression"]!.GetValue<string>()).Order(StringComparer.Ordinal)
            .SequenceEqual(new[] { "fail_rate < 1%", $"fail_rate(scenario={(string)f["flow"]!}) < 50%" }.Order(StringComparer.Ordinal)));
    }

    // "An `accept` bundle is 38 MB, of which 14 MB are `junit.xml` and `messages.ndjson` stored twice, byte-identical"
    [Fact]
    public void Accept_Bundle_HoldsNoFileTwice()
    {
        var hashes = BundleManifest.Files(fixture.Bundle)
            .GroupBy(f => BundleManifest.Hash(Path.Combine(fixture.Bundle, f)))
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g));

        hashes.ShouldBeEmpty("files with the same content");
        BundleManifest.Files(fixture.Bundle).ShouldNotContain("junit.xml");
        BundleManifest.Files(fixture.Bundle).ShouldNotContain("messages.ndjson");
    }

    // "A fully passing `verify` writes 24 MB": the conformance reports of a passing run, with summary evidence
    [Fact]
    public void Accept_ConformanceReportsOfAPassingRun_AreAThirdOfTheirFormerSize()
    {
        var bytes = Directory.GetFiles(Path.Combine(fixture.Bundle, "conformance")).Sum(f => new FileInfo(f).Length);

        bytes.ShouldBeLessThan(10L * 1024 * 1024, "24 MB before issue 20, 8.2 MB after on the same machine");
    }

    // "Progress: `verify` shows no progress at all" (accept's conformance stage; the output here is a pipe: plain lines)
    [Fact]
    public void Accept_Console_ShowsTheSuitesProgressAsPlainLines()
    {
        System.Text.RegularExpressions.Regex.IsMatch(fixture.Run.Output, @"^accept: (\d+) of \1 scenarios done, 0 failed \(\d+:\d\d\)$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .ShouldBeTrue(fixture.Run.Output);
        fixture.Run.Output.ShouldNotContain("\r");
    }

    // "the load stage of `accept` prints the target's clock 12 hours ahead (the suite moved it) as if it were the time"
    [Fact]
    public void Accept_Console_NeverPrintsTheTargetsClockAsATime()
    {
        System.Text.RegularExpressions.Regex.IsMatch(fixture.Run.Output, @"target clock \d{4}-\d{2}-\d{2}").ShouldBeFalse(fixture.Run.Output);
        fixture.Run.Output.ShouldContain("sandbox hooks present (target clock ");
    }
}
