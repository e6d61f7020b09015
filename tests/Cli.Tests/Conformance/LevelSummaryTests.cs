using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Cli.Conformance;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;
namespace MfaConformance.Cli.Tests.Conformance;

public sealed class LevelSummaryTests
{
    [Fact]
    public void DocumentedFailures_MixedLevels_OnlyDocumentedNonPassingNonSkipped()
    {
        var summary = LevelSummary.From(Run(
            Scenario("a", TestOutcome.Failed, "documented"),
            Scenario("b", TestOutcome.Undefined, "documented"),
            Scenario("c", TestOutcome.Skipped, "documented"),
            Scenario("d", TestOutcome.Failed, "inferred"),
            Scenario("e", TestOutcome.Passed, "documented")));

        summary.DocumentedFailures.Select(s => s.Name).ShouldBe(["a", "b"]);
        summary.DocumentedSkipped.Select(s => s.Name).ShouldBe(["c"]);
    }

    [Fact]
    public void Write_CountsByLevel_PrintsTableAndListsFailedAndSkippedDocumented()
    {
        var summary = LevelSummary.From(Run(
            Scenario("broken rule", TestOutcome.Failed, "documented"),
            Scenario("not run", TestOutcome.Skipped, "documented", "needs-clock"),
            Scenario("ok", TestOutcome.Passed, "hardening")));
        using var output = new StringWriter();

        summary.Write(output);

        var text = output.ToString();
        text.ShouldContain("documented         0       1        1");
        text.ShouldContain("hardening          1       0        0");
        text.ShouldContain("FAILED @documented (non-conformance): 1");
        text.ShouldContain("Feature: broken rule — expected the call to succeed");
        text.ShouldContain("Not run @documented: 1");
        text.ShouldContain("needs-clock: no clock hook");
    }

    [Fact]
    public void Write_FailuresAtEveryLevel_NamesEachScenarioUnderItsLevel()
    {
        var summary = LevelSummary.From(Run(
            Scenario("broken rule", TestOutcome.Failed, "documented"),
            Scenario("our reading", TestOutcome.Failed, "inferred"),
            Scenario("best practice", TestOutcome.Failed, "hardening")));
        using var output = new StringWriter();

        summary.Write(output);

        var text = output.ToString();
        text.ShouldContain("FAILED @inferred (warning): 1\n  - Feature: our reading — expected the call to succeed".Replace("\n", Environment.NewLine));
        text.ShouldContain("FAILED @hardening (advisory): 1\n  - Feature: best practice — expected the call to succeed".Replace("\n", Environment.NewLine));
        text.ShouldContain("FAILED @documented (non-conformance): 1\n  - Feature: broken rule".Replace("\n", Environment.NewLine));
    }

    [Fact]
    public void Write_AFailure_OpensWithTheChecksOwnMessage()
    {
        var failed = new MfaConformance.Bdd.Results.ScenarioResult
        {
            PickleId = "x",
            Name = "x",
            DisplayName = "F: x",
            FeatureTitle = "F",
            Outcome = TestOutcome.Failed,
            Tags = ["documented"],
            ErrorMessage = "expected the call to be refused, but POST /auth/v1/x answered HTTP 200\n  at step 'Then the call fails' (line 9) of features/x.feature:3",
        };
        using var output = new StringWriter();

        LevelSummary.From(Run(failed)).Write(output);

        output.ToString().ShouldContain("F: x — expected the call to be refused, but POST /auth/v1/x answered HTTP 200" + Environment.NewLine);
    }
}
