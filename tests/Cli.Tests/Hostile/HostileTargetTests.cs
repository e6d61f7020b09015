using System.Text.RegularExpressions;
using MfaConformance.Cli.Tests.Faults;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.HostileTarget;

namespace MfaConformance.Cli.Tests.Hostile;

/// <summary>
/// Issue 13's hostile targets, end to end: a 50 MB answer (every call fails naming the call and the size; the reports
/// stay small), a late and a stalling target (the run ends at the deadlines, every unfinished scenario reported as timed
/// out naming the call), a yes-man with fake hooks (load fails its pre-flight) and nothing listening (reports anyway).
/// Delays are short and configurable: the point is the mechanism; the figures with the real values are in the README.
/// </summary>
public sealed class HostileTargetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Reports => Path.Combine(_folder.Path, "reports");

    private string JUnit => Path.Combine(Reports, "conformance", "junit.xml");

    [Theory]
    [InlineData(HostileBehaviour.Huge, "the HTTP 200 answer's body (52428800 bytes announced) is larger than the 1048576-byte response-size limit")]
    [InlineData(HostileBehaviour.HugeChunked, "the answer's body (no Content-Length; reading stopped at the limit) is larger than the 1048576-byte response-size limit")]
    public async Task Verify_FiftyMegabyteAnswers_FailNamingTheCallAndTheSizeAndTheReportsStaySmall(HostileBehaviour behaviour, string expected)
    {
        await using var target = new HostileTargetServer(behaviour);

        var run = await CliRun.RunAsync(FaultRunFixtures.Args("verify", target.Url, _folder, FaultRunFixtures.WriteFixtures(_folder)));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        JUnitMessages.Read(JUnit).ShouldContain(m => Regex.IsMatch(m, $"POST /auth/v1/[a-z/]+: {Regex.Escape(expected)}"), "no failure names the call and the size");
        foreach (var file in Directory.GetFiles(Path.Combine(Reports, "conformance")))
        {
            new FileInfo(file).Length.ShouldBeLessThan(2 * 1024 * 1024, $"{file} holds the hostile bodies");
        }

        Directory.GetFiles(Reports, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task Load_FiftyMegabyteAnswers_FailThePreflightNamingTheCallAndTheSizeWithReports()
    {
        await using var target = new HostileTargetServer(HostileBehaviour.Huge);

        var run = await CliRun.RunAsync(LoadArgs(target.Url));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        run.Output.ShouldContain("pre-flight failed");
        LoadReport().ShouldContain("52428800 bytes announced) is larger than the 1048576-byte response-size limit");
    }

    [Fact]
    public async Task Load_FiftyMegabyteAnswersWithThePreflightOff_FailEveryIterationNamingTheStepAndTheSize()
    {
        await using var target = new HostileTargetServer(HostileBehaviour.HugeChunked);

        var run = await CliRun.RunAsync([.. LoadArgs(target.Url), "--no-preflight"]);

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        var report = LoadReport();
        report.ShouldContain("pre-flight off");
        report.ShouldContain("token_generate - no answer (POST /auth/v1/token/generate: the answer's body (no Content-Length; reading stopped at the limit) is larger than the 1048576-byte response-size limit");
    }

    [Fact]
    public async Task Accept_FiftyMegabyteAnswers_AreRejectedNamingTheSizeInTheBundle()
    {
        await using var target = new HostileTargetServer(HostileBehaviour.Huge);

        var run = await CliRun.RunAsync(FaultRunFixtures.Args("accept", target.Url, _folder, FaultRunFixtures.WriteFixtures(_folder), "--load-duration", "1s", "--load-rate", "2"));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        var bundle = Directory.GetDirectories(Path.Combine(Reports, "accept")).ShouldHaveSingleItem();
        var page = File.ReadAllText(Path.Combine(bundle, "index.html"));
        page.ShouldContain("REJECTED");
        page.ShouldContain("response-size limit");
    }

    [Fact]
    public async Task Verify_LateTarget_EndsOnceCallsGoUnansweredAndReportsTheUnfinishedScenariosAsTimedOut()
    {
        await using var target = new HostileTargetServer(HostileBehaviour.Late, delay: TimeSpan.FromSeconds(3));

        var run = await CliRun.RunAsync(FaultRunFixtures.ArgsWithTimeout("verify", target.Url, _folder, FaultRunFixtures.WriteFixtures(_folder), "1s"));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        run.Output.ShouldContain("the run ended early: the target left 5 calls in a row unanswered within the 1 s request timeout");
        var messages = JUnitMessages.Read(JUnit);
        messages.ShouldContain(m => m.Contains("timed out after 1 s", StringComparison.Ordinal) && Regex.IsMatch(m, "POST /auth/v1/[a-z/]+"));
        messages.ShouldContain(m => m.Contains("timed out before it started: the target left 5 calls in a row unanswered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_StallingTargetPastTheSuiteDeadline_ReportsEveryUnfinishedScenarioAsTimedOutNamingTheCall()
    {
        await using var target = new HostileTargetServer(HostileBehaviour.Stall);

        // 4 s of suite and a 10 s request timeout: the first calls are in flight when the deadline passes, even on a
        // loaded machine (with 2 s, a starved run could reach the deadline before its first call).
        var run = await CliRun.RunAsync(FaultRunFixtures.ArgsWithTimeout("verify", target.Url, _folder, FaultRunFixtures.WriteFixtures(_folder), "10s", "--suite-timeout", "4s"));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        run.Output.ShouldContain("the run ended early: the suite's 4 s deadline passed");
        var messages = JUnitMessages.Read(JUnit);
        messages.ShouldContain(m => Regex.IsMatch(m, @"timed out during POST /auth/v1/[a-z/]+: the suite's 4 s deadline passed"));
        messages.ShouldContain(m => m.Contains("timed out before it started: the suite's 4 s deadline passed", StringComparison.Ordinal));
        File.Exists(Path.Combine(Reports, "conformance", "report.html")).ShouldBeTrue();
    }

    [Fact]
    public async Task Verify_StallingTargetPastTheScenarioDeadline_FailsEachScenarioAsTimedOutNamingTheCall()
    {
        await using var target = new HostileTargetServer(HostileBehaviour.Stall);

        var run = await CliRun.RunAsync(FaultRunFixtures.ArgsWithTimeout("verify", target.Url, _folder, FaultRunFixtures.WriteFixtures(_folder), "5s", "--scenario-timeout", "1s"));

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        JUnitMessages.Read(JUnit).Where(m => !m.StartsWith("needs-", StringComparison.Ordinal)).ShouldAllBe(m => Regex.IsMatch(m, @"timed out during POST /auth/v1/[a-z/]+: the scenario's 1 s deadline passed"));
    }

    [Fact]
    public async Task Load_YesManWithFakeHooks_FailsItsPreflightWhateverTheThresholdsSay()
    {
        await using var target = new HostileTargetServer(HostileBehaviour.YesMan);

        var run = await CliRun.RunAsync("load", "--target", target.Url.ToString(), "--duration", "1s", "--rate", "2", "--warm-up", "0s", "--no-progress", "--reports", Reports);

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        run.Output.ShouldContain("pre-flight failed: a wrong first-factor OTP was not refused: POST /auth/v1/otp/validate answered HTTP 200");
        LoadReport().ShouldContain("the load did not run, whatever the thresholds say");
    }

    [Fact]
    public async Task Load_YesManWithThePreflightOff_TheReportSaysTheTargetWasNotChecked()
    {
        await using var target = new HostileTargetServer(HostileBehaviour.YesMan);

        var run = await CliRun.RunAsync("load", "--target", target.Url.ToString(), "--duration", "1s", "--rate", "2", "--warm-up", "0s", "--no-progress", "--no-preflight", "--reports", Reports);

        run.Output.ShouldContain("Pre-flight: off (--no-preflight).");
        LoadReport().ShouldContain("pre-flight off (--no-preflight): the target's conformance was not checked before the load");
    }

    [Fact]
    public async Task Verify_YesManWithFakeHooks_IsNotConformant()
    {
        await using var target = new HostileTargetServer(HostileBehaviour.YesMan);

        var run = await CliRun.RunAsync("verify", "--target", target.Url.ToString(), "--reports", Reports, "--tags", "@documented and @smoke or @documented and not @needs-clock");

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output + run.Error);
        run.Output.ShouldContain("NOT CONFORMANT");
    }

    [Fact]
    public async Task Verify_NothingListening_ExitsThreeAndWritesReportsSayingWhy()
    {
        var url = ClosedPort.Url();

        var run = await CliRun.RunAsync(FaultRunFixtures.Args("verify", url, _folder, FaultRunFixtures.WriteFixtures(_folder)));

        run.ExitCode.ShouldBe(ExitCodes.Unreachable, run.Output + run.Error);
        var messages = JUnitMessages.Read(JUnit);
        messages.ShouldNotBeEmpty();
        messages.ShouldAllBe(m => m.Contains("the target could not be used") && m.Contains("connection refused"));
        Support.ReportText.Read(Path.Combine(Reports, "conformance", "report.html")).ShouldContain("connection refused");
        File.Exists(Path.Combine(Reports, "conformance", "messages.ndjson.gz")).ShouldBeTrue();
    }

    [Fact]
    public async Task Load_NothingListening_ExitsThreeAndWritesReportsSayingWhy()
    {
        var url = ClosedPort.Url();

        var run = await CliRun.RunAsync(LoadArgs(url));

        run.ExitCode.ShouldBe(ExitCodes.Unreachable, run.Output + run.Error);
        LoadReport().ShouldContain("the load did not run");
        LoadReport().ShouldContain("connection refused");
    }

    private string[] LoadArgs(Uri target) =>
    [
        "load", "--target", target.ToString(), "--fixtures", FaultRunFixtures.WriteFixtures(_folder), "--otp-source", $"fixed:{FaultRunFixtures.FixedOtp}",
        "--timeout", "15s", "--duration", "1s", "--rate", "2", "--warm-up", "0s", "--no-progress", "--reports", Reports,
    ];

    private string LoadReport()
    {
        var folder = Directory.GetDirectories(Path.Combine(Reports, "load")).ShouldHaveSingleItem();
        return File.ReadAllText(Path.Combine(folder, "report.md"));
    }
}
