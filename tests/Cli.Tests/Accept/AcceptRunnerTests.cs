using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Cli.Accept;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Tests.Accept;

public sealed class AcceptRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private HarnessSettings Settings => new() { ReportsFolder = _folder.Path, EmbeddedPasswordHashIterations = 1 };

    private Task<AcceptOutcome> RunAsync(IConformanceStage suite, ILoadStage? load = null, HarnessSettings? settings = null) =>
        new AcceptRunner(suite, load ?? new SkippedLoadStage("not in this test")).RunAsync(settings ?? Settings, TextWriter.Null, CancellationToken.None);

    [Fact]
    public async Task RunAsync_EveryDocumentedPassed_ExitsZeroAndWritesTheBundle()
    {
        var outcome = await RunAsync(new FakeConformanceStage(FakeRuns.Run(FakeRuns.Scenario("happy path", "documented", TestOutcome.Passed))));

        outcome.ExitCode.ShouldBe(ExitCodes.Ok);
        outcome.Report.Verdict.ShouldBe(AcceptVerdict.Accepted);
        outcome.BundleFolder.ShouldStartWith(Path.Combine(_folder.Path, "accept"));
        BundleManifest.Files(outcome.BundleFolder).ShouldBe(["accept.json", "conformance/junit.xml", "conformance/messages.ndjson", "index.html"], ignoreOrder: true, "no file twice: the suite's reports stay in conformance/");
        File.ReadAllText(Path.Combine(outcome.BundleFolder, "index.html")).ShouldContain("ACCEPTED");
    }

    [Fact]
    public async Task RunAsync_DocumentedFailure_ExitsOneAndShowsTheMessage()
    {
        var run = FakeRuns.Run(
            FakeRuns.Scenario("happy path", "documented", TestOutcome.Passed),
            FakeRuns.Scenario("wrong OTP refused", "documented", TestOutcome.Failed, "POST /auth/v1/mfa/otp/validate answered HTTP 200 success true"));

        var outcome = await RunAsync(new FakeConformanceStage(run));

        outcome.ExitCode.ShouldBe(ExitCodes.Failed);
        var html = File.ReadAllText(Path.Combine(outcome.BundleFolder, "index.html"));
        html.ShouldContain("REJECTED");
        html.ShouldContain("POST /auth/v1/mfa/otp/validate answered HTTP 200 success true");
    }

    // "Rows of the acceptance page do not link to the evidence."
    [Fact]
    public async Task RunAsync_DocumentedFailure_LinksTheRequirementToItsEvidence()
    {
        var failing = FakeRuns.Scenario("wrong OTP refused", "documented", TestOutcome.Failed, "answered HTTP 200", "features/otp.feature:12");
        var run = FakeRuns.Run(FakeRuns.Scenario("happy path", "documented", TestOutcome.Passed), failing);

        var outcome = await RunAsync(new FakeConformanceStage(run));

        var html = File.ReadAllText(Path.Combine(outcome.BundleFolder, "index.html"));
        html.ShouldContain($"href=\"conformance/report.html#{Cli.Conformance.FailuresSection.Anchor(failing)}\"");
        outcome.Report.Requirements.Single(r => r.Outcome == "failed").Evidence.ShouldBe($"conformance/report.html#{Cli.Conformance.FailuresSection.Anchor(failing)}");
        outcome.Report.Requirements.Single(r => r.Outcome == "passed").Evidence.ShouldBeNull();
    }

    // "`accept.json` says "verdict":"passed" where the page says ACCEPTED"
    [Fact]
    public async Task RunAsync_Verdict_IsOneWordInTheJsonThePageAndTheConsole()
    {
        var accepted = await RunAsync(new FakeConformanceStage(FakeRuns.Run(FakeRuns.Scenario("happy path", "documented", TestOutcome.Passed))));
        var rejected = await RunAsync(new FakeConformanceStage(FakeRuns.Run(FakeRuns.Scenario("happy path", "documented", TestOutcome.Failed, "no"))));

        foreach (var (outcome, word) in new[] { (accepted, "accepted"), (rejected, "rejected") })
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(outcome.BundleFolder, "accept.json")))!;
            ((string?)json["verdict"]).ShouldBe(word);
            AcceptHtmlWriter.VerdictText(outcome.Report).ShouldStartWith(word.ToUpperInvariant());
            File.ReadAllText(Path.Combine(outcome.BundleFolder, "index.html")).ShouldContain($"class=\"verdict v-{word}\"");
        }
    }

    [Fact]
    public async Task RunAsync_OnlyInferredAndHardeningFailures_ExitsZeroAndKeepsThemApart()
    {
        var run = FakeRuns.Run(
            FakeRuns.Scenario("documented rule", "documented", TestOutcome.Passed),
            FakeRuns.Scenario("our reading", "inferred", TestOutcome.Failed, "inferred-failure-text"),
            FakeRuns.Scenario("best practice", "hardening", TestOutcome.Failed, "hardening-failure-text"));

        var outcome = await RunAsync(new FakeConformanceStage(run));

        outcome.ExitCode.ShouldBe(ExitCodes.Ok);
        var html = File.ReadAllText(Path.Combine(outcome.BundleFolder, "index.html"));
        var inferred = html.IndexOf("id=\"inferred\"", StringComparison.Ordinal);
        var hardening = html.IndexOf("id=\"hardening\"", StringComparison.Ordinal);
        html.IndexOf("inferred-failure-text", StringComparison.Ordinal).ShouldBeInRange(inferred, hardening);
        html.IndexOf("hardening-failure-text", StringComparison.Ordinal).ShouldBeGreaterThan(hardening);
    }

    [Fact]
    public async Task RunAsync_BrokenThreshold_ExitsOneAndNamesIt()
    {
        var suite = new FakeConformanceStage(FakeRuns.Run(FakeRuns.Scenario("happy path", "documented", TestOutcome.Passed)));
        var load = new FakeLoadStage(
            new FlowLoadRun("returning_user", FakeRuns.Load(FakeRuns.Threshold("p99 < 250ms", true, "12 ms")), null),
            new FlowLoadRun("forgot_password", FakeRuns.Load(FakeRuns.Threshold("fail_rate < 1%", false, "40%")), null));

        var outcome = await RunAsync(suite, load);

        outcome.ExitCode.ShouldBe(ExitCodes.Failed);
        outcome.Report.Load.Single(l => !l.Passed).Flow.ShouldBe("forgot_password");
        File.ReadAllText(Path.Combine(outcome.BundleFolder, "index.html")).ShouldContain("BROKE</span> fail_rate &lt; 1% (actual 40%)");
    }

    [Fact]
    public async Task RunAsync_ClosedPort_ExitsThreeWithoutRunningTheSuiteAndStillWritesTheBundle()
    {
        var suite = new FakeConformanceStage(FakeRuns.Run());
        var url = ClosedPort.Url();

        var outcome = await RunAsync(suite, settings: Settings with { TargetUrl = url });

        outcome.ExitCode.ShouldBe(ExitCodes.Unreachable);
        suite.Ran.ShouldBeFalse();
        outcome.Report.UnreachableMessage.ShouldNotBeNull().ShouldContain(url.ToString());
        outcome.Report.UnreachableMessage.ShouldContain("connection refused");
        File.ReadAllText(Path.Combine(outcome.BundleFolder, "index.html")).ShouldContain("NOT RUN: the target could not be reached");
        File.Exists(Path.Combine(outcome.BundleFolder, BundleManifest.FileName)).ShouldBeTrue();
    }

    [Fact]
    public async Task RunAsync_SuiteCouldNotRun_ExitsOneWithTheError()
    {
        var outcome = await RunAsync(new FakeConformanceStage(new ConformanceStageResult(null, [], "set-up failed: PUT brand answered 500")));

        outcome.ExitCode.ShouldBe(ExitCodes.Failed);
        outcome.Report.RunErrors.ShouldHaveSingleItem().ShouldContain("PUT brand answered 500");
    }

    [Fact]
    public async Task RunAsync_SuiteRefusedItsConfiguration_ThrowsASettingsError()
    {
        var stage = new FakeConformanceStage(new ConformanceStageResult(null, [], "fixtures.json: customers is empty") { UsageError = true });

        var ex = await Should.ThrowAsync<SettingsException>(() => RunAsync(stage));

        ex.Problem.ShouldContain("customers is empty");
    }

    [Fact]
    public async Task RunAsync_EveryDocumentedNotRun_ExitsOneSayingNothingWasVerified()
    {
        var run = FakeRuns.Run(
            FakeRuns.Scenario("needs the clock", "documented", TestOutcome.Skipped, "needs-clock: the target has no sandbox clock hook"),
            FakeRuns.Scenario("our reading", "inferred", TestOutcome.Passed));

        var outcome = await RunAsync(new FakeConformanceStage(run));

        outcome.ExitCode.ShouldBe(ExitCodes.Failed);
        outcome.Report.RunErrors.ShouldHaveSingleItem().ShouldContain("none of the 1 @documented scenarios could run on this target: 1 x needs-clock");
    }

    [Fact]
    public async Task RunAsync_SomeDocumentedNotRun_StillPassesAndListsThem()
    {
        var run = FakeRuns.Run(
            FakeRuns.Scenario("happy path", "documented", TestOutcome.Passed),
            FakeRuns.Scenario("needs the clock", "documented", TestOutcome.Skipped, "needs-clock: no clock hook"));

        var outcome = await RunAsync(new FakeConformanceStage(run));

        outcome.ExitCode.ShouldBe(ExitCodes.Ok);
        File.ReadAllText(Path.Combine(outcome.BundleFolder, "index.html")).ShouldContain("needs-clock: no clock hook");
    }

    [Fact]
    public void Describe_SettingsWithSecrets_NamesKindsButNoSecretValue()
    {
        var settings = new HarnessSettings
        {
            Otp = new MfaConformance.Client.Otp.OtpSourceOptions { Kind = MfaConformance.Client.Otp.OtpSourceKind.Fixed, FixedOtp = "864209" },
            ExtraHeaders = new Dictionary<string, string> { ["X-Gateway-Key"] = "gw-s3cr3t" },
        };

        var text = AcceptJudgement.Describe(settings) + settings;

        text.ShouldContain("OTP source fixed");
        text.ShouldContain("X-Gateway-Key");
        text.ShouldNotContain("864209");
        text.ShouldNotContain("gw-s3cr3t");
    }

    [Fact]
    public async Task RunAsync_CancelledDuringTheSuite_StillWritesTheBundleAndExitsOne()
    {
        using var cts = new CancellationTokenSource();
        var runner = new AcceptRunner(new CancellingConformanceStage(cts), new SkippedLoadStage("not in this test"));

        var outcome = await runner.RunAsync(Settings, TextWriter.Null, cts.Token);

        outcome.ExitCode.ShouldBe(ExitCodes.Failed);
        outcome.Report.RunErrors.ShouldContain(e => e.Contains("cancelled during the conformance suite"));
        File.Exists(Path.Combine(outcome.BundleFolder, BundleManifest.FileName)).ShouldBeTrue();
    }

    [Fact]
    public void From_FailedScenario_TheMessageOpensWithWhatWasExpectedAndWhatCameBack()
    {
        const string check = "expected the call to be refused, but POST /auth/v1/mfa/password/validate answered HTTP 200, status.success true, status.code 200";
        var scenario = FakeRuns.Scenario("refused", "documented", TestOutcome.Failed, check + "\n  at step 'Then the call fails' (line 9) of features/x.feature:3");

        var requirement = RequirementResults.From(FakeRuns.Run(scenario), new CitationIndex()).ShouldHaveSingleItem();

        requirement.Message.ShouldStartWith(check);
    }

    [Fact]
    public async Task RunAsync_WithABaselineBundle_ListsNewlyFailingNewlyPassingAddedAndRemoved()
    {
        var before = await RunAsync(new FakeConformanceStage(FakeRuns.Run(
            FakeRuns.Scenario("stays green", "documented", TestOutcome.Passed),
            FakeRuns.Scenario("breaks", "documented", TestOutcome.Passed),
            FakeRuns.Scenario("gets fixed", "documented", TestOutcome.Failed, "was broken"),
            FakeRuns.Scenario("dropped", "inferred", TestOutcome.Passed))));

        var after = await RunAsync(
            new FakeConformanceStage(FakeRuns.Run(
                FakeRuns.Scenario("stays green", "documented", TestOutcome.Passed),
                FakeRuns.Scenario("breaks", "documented", TestOutcome.Failed, "now broken"),
                FakeRuns.Scenario("gets fixed", "documented", TestOutcome.Passed),
                FakeRuns.Scenario("new one", "hardening", TestOutcome.Passed))),
            settings: Settings with { BaselinePath = before.BundleFolder });

        var baseline = after.Report.Baseline.ShouldNotBeNull();
        baseline.RunId.ShouldBe(before.Report.RunId);
        baseline.NewlyFailing.Select(r => (r.Scenario, r.Before, r.After)).ShouldBe([("breaks", "passed", "failed")]);
        baseline.NewlyPassing.Select(r => (r.Scenario, r.Before, r.After)).ShouldBe([("gets fixed", "failed", "passed")]);
        baseline.Added.Select(r => r.Scenario).ShouldBe(["new one"]);
        baseline.Removed.Select(r => r.Scenario).ShouldBe(["dropped"]);
        var json = File.ReadAllText(Path.Combine(after.BundleFolder, AcceptJsonWriter.FileName));
        json.ShouldContain("\"newlyFailing\"");
        File.ReadAllText(Path.Combine(after.BundleFolder, "index.html")).ShouldContain("1 newly failing");
    }

    [Fact]
    public async Task RunAsync_BaselineThatIsNoBundle_IsUsage()
    {
        var ex = await Should.ThrowAsync<SettingsException>(() => RunAsync(new FakeConformanceStage(FakeRuns.Run()), settings: Settings with { BaselinePath = _folder.Path }));

        ex.Message.ShouldContain("is no accept bundle: it has no accept.json");
    }
}
