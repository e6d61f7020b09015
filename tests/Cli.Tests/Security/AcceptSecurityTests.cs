using MfaConformance.Bdd.Results;
using MfaConformance.Cli.Accept;
using MfaConformance.Cli.Security;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Tests.Security;

/// <summary>The security stage in `accept`: advisory (a finding never rejects), its summary table on the page and in accept.json.</summary>
public sealed class AcceptSecurityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Accept_ASecurityFinding_StaysAcceptedAndShowsTheRowWithItemVerdictAndFigure()
    {
        var finding = new SecurityCheckResult
        {
            Check = "entropy",
            Id = "2c",
            Item = "ASVS 4.0 3.2.2",
            Title = "USER tokens",
            Verdict = SecurityVerdict.Finding,
            Figure = "1000 sampled: 0 collisions; ≤ 11 unpredictable bits",
        };
        var pass = finding with { Id = "2a", Title = "Session ids", Verdict = SecurityVerdict.Pass, Figure = "≤ 122 unpredictable bits" };
        var stage = new FakeSecurityStage(new SecuritySummary { Checks = [pass, finding], Samples = 2000, Report = "security/security.md" });
        var suite = new FakeConformanceStage(FakeRuns.Run(FakeRuns.Scenario("happy path", "documented", TestOutcome.Passed)));

        var outcome = await new AcceptRunner(suite, new SkippedLoadStage("not in this test"), security: stage)
            .RunAsync(new HarnessSettings { ReportsFolder = _folder.Path, EmbeddedPasswordHashIterations = 1 }, TextWriter.Null, CancellationToken.None);

        outcome.Report.Verdict.ShouldBe(AcceptVerdict.Accepted, "the security stage is advisory");
        stage.Ran.ShouldBeTrue();
        var html = File.ReadAllText(Path.Combine(outcome.BundleFolder, "index.html"));
        html.ShouldContain("id=\"security\"");
        html.ShouldContain("href=\"security/security.md#check-2c\"");
        html.ShouldContain("ASVS 4.0 3.2.2");
        html.ShouldContain("≤ 11 unpredictable bits");
        html.ShouldContain("1 finding(s)");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(outcome.BundleFolder, "accept.json")))!;
        var rows = json["security"]!["checks"]!.AsArray();
        rows.Count.ShouldBe(2);
        ((string?)rows[1]!["verdict"]).ShouldBe("finding");
        ((string?)rows[1]!["item"]).ShouldBe("ASVS 4.0 3.2.2");
        ((string)rows[1]!["figure"]!).ShouldContain("11 unpredictable bits");
    }

    [Fact]
    public async Task Accept_SecuritySkipped_SaysWhyOnThePage()
    {
        var suite = new FakeConformanceStage(FakeRuns.Run(FakeRuns.Scenario("happy path", "documented", TestOutcome.Passed)));

        var outcome = await new AcceptRunner(suite, new SkippedLoadStage("not in this test"), security: AcceptStages.Security(skip: true, new SecurityOptions()))
            .RunAsync(new HarnessSettings { ReportsFolder = _folder.Path, EmbeddedPasswordHashIterations = 1 }, TextWriter.Null, CancellationToken.None);

        File.ReadAllText(Path.Combine(outcome.BundleFolder, "index.html")).ShouldContain("Not run: skipped with --skip-security");
    }

    private sealed class FakeSecurityStage(SecuritySummary summary) : ISecurityStage
    {
        public bool Ran { get; private set; }

        public Task<SecuritySummary> RunAsync(LaunchedTarget target, string bundle, CancellationToken cancellationToken)
        {
            Ran = true;
            return Task.FromResult(summary);
        }
    }
}
