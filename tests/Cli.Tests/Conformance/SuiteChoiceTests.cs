using MfaConformance.Cli.Tests.Support;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;

namespace MfaConformance.Cli.Tests.Conformance;

/// <summary>
/// The suite is the tool's unless asked: the current folder plays no part (a project with its own features/ once got
/// 0/0/0 "passed"), `--features DIR` (suite.features, MFA_FEATURES) picks another, and the console and the reports
/// name the suite (folder and content hash) and how many scenarios ran.
/// </summary>
public sealed class SuiteChoiceTests : IDisposable
{
    private readonly TempFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task Verify_FromAFolderWithItsOwnFeatures_RunsTheToolsSuiteSaysWhichAndWritesTheReports()
    {
        _scratch.Write("features/login.feature", "Feature: someone else's login\n\n  Scenario: theirs\n    Given nothing at all\n");

        var run = await CliRun.InAsync(_scratch.Path, [], "verify", "--tags", "@smoke");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output + run.Error);
        run.Output.ShouldContain($"Suite: the tool's suite {Path.Combine(SuiteRoot, "features")} (");
        run.Output.ShouldMatch(@"sha256:[0-9a-f]{16}\); 7 of \d+ scenarios selected by --tags ""@smoke""");
        run.Output.ShouldContain("Ran 7 of 7 scenarios (6 @documented) of the tool's suite");
        run.Output.ShouldNotContain("someone else's login");
        var junit = Path.Combine(_scratch.Path, "reports", "conformance", "junit.xml");
        File.Exists(junit).ShouldBeTrue("the reports go to ./reports of the current folder");
        File.ReadAllText(junit).ShouldContain("name=\"suite.hash\" value=\"sha256:");
    }

    [Fact]
    public async Task Verify_Features_RunsThatFolderAndNamesIt()
    {
        File.Copy(Path.Combine(SuiteRoot, "features", "returning-user.feature"), Path.Combine(Directory.CreateDirectory(Path.Combine(_scratch.Path, "mine")).FullName, "returning-user.feature"));

        var run = await CliRun.InAsync(_scratch.Path, [], "verify", "--features", "mine", "--tags", "@smoke", "--reports", "out");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output + run.Error);
        run.Output.ShouldContain($"Suite: the suite of suite.features {Path.Combine(_scratch.Path, "mine")} (1 feature files, sha256:");
        run.Output.ShouldContain("Ran 1 of 1 scenarios (1 @documented) of the suite of suite.features");
        File.Exists(Path.Combine(_scratch.Path, "out", "conformance", "report.html")).ShouldBeTrue();
    }

    [Fact]
    public async Task Verify_FeaturesFromTheEnvironmentWithoutFeatureFiles_IsUsageNamingTheVariable()
    {
        Directory.CreateDirectory(Path.Combine(_scratch.Path, "empty"));

        var run = await CliRun.InAsync(_scratch.Path, [("MFA_FEATURES", "empty")], "verify");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain($"error: MFA_FEATURES: '{Path.Combine(_scratch.Path, "empty")}' is not a folder holding .feature files");
    }

    [Fact]
    public async Task Verify_ATagFilterThatSelectsNothing_ExitsOneSayingSo()
    {
        var run = await CliRun.InAsync(_scratch.Path, [], "verify", "--tags", "@nosuchtag");

        run.ExitCode.ShouldBe(ExitCodes.Failed);
        run.Output.ShouldContain("error: no scenario matches --tags \"@nosuchtag\"");
        run.Output.ShouldContain("nothing was checked");
        run.Output.ShouldContain("Verdict: NOT VERIFIED");
    }

    [Fact]
    public async Task Verify_ASelectionWithoutADocumentedScenario_ExitsOneSayingNothingDocumentedRan()
    {
        var run = await CliRun.InAsync(_scratch.Path, [], "verify", "--tags", "@inferred and @rule:credential", "--reports", "out");

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output);
        run.Output.ShouldContain("Verdict: NOT VERIFIED (no @documented scenario was selected: nothing the documentation requires was checked).");
    }
}
