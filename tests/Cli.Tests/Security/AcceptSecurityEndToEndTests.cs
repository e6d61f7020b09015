using System.Text.Json.Nodes;
using MfaConformance.Cli.Accept;
using MfaConformance.Cli.Tests.EndToEnd;

namespace MfaConformance.Cli.Tests.Security;

/// <summary>
/// The real security stage inside the shared end-to-end `accept` run (reference server behind a recording proxy,
/// --samples 200): every check runs with its figure, none flags the reference server, and the bundle carries the
/// report (the bundle's secret sweep covers it too).
/// </summary>
[Collection(AcceptRunCollection.Name)]
public sealed class AcceptSecurityEndToEndTests(AcceptRunFixture fixture)
{
    [Fact]
    public void Accept_ReferenceServer_EverySecurityCheckRunsWithAFigureAndNoneFlags()
    {
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.Bundle, AcceptJsonWriter.FileName)))!;
        var checks = report["security"]!["checks"]!.AsArray();

        checks.Count.ShouldBeGreaterThanOrEqualTo(26, fixture.Run.Output);
        var rows = string.Join("\n", checks.Select(c => $"{c!["id"]} {c["verdict"]} {c["figure"]}"));
        checks.ShouldAllBe(c => (string?)c!["verdict"] != "finding" && (string?)c["verdict"] != "notRun", rows);
        checks.ShouldAllBe(c => !string.IsNullOrWhiteSpace((string?)c!["figure"]), rows);
        ((string?)report["verdict"]).ShouldBe("accepted");
        File.Exists(Path.Combine(fixture.Bundle, "security", "security.md")).ShouldBeTrue();
        File.Exists(Path.Combine(fixture.Bundle, "security", "security.json")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(fixture.Bundle, BundleWriter.HtmlFileName)).ShouldContain("href=\"security/security.md#check-2a\"");
    }
}
