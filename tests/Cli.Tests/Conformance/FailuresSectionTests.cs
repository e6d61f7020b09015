using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Cli.Conformance;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;
namespace MfaConformance.Cli.Tests.Conformance;

public sealed class FailuresSectionTests
{
    [Fact]
    public void Render_NothingFailedSomeNotRun_SaysSoWithoutCallingThemPassed()
    {
        var html = FailuresSection.Render(Run(Scenario("a", TestOutcome.Passed), Scenario("b", TestOutcome.Skipped)));

        html.ShouldContain("No failure: 1 of 2 scenarios passed, 1 not run");
    }

    [Fact]
    public void Inject_AReportWithABody_PutsTheSectionFirstOnceEvenWhenRunTwice()
    {
        using var folder = new Support.TempFolder();
        var page = folder.Write("report.html", "<html><head></head><body>\n<div id=\"content\"></div></body></html>");
        var run = Run(Scenario("a", TestOutcome.Failed));

        FailuresSection.Inject(page, run);
        FailuresSection.Inject(page, run);

        var html = File.ReadAllText(page);
        html.Split($"id=\"{FailuresSection.SectionId}\"").Length.ShouldBe(2, "one section");
        html.IndexOf(FailuresSection.SectionId, StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("id=\"content\"", StringComparison.Ordinal));
        html.ShouldContain("1 of 1 scenarios failed");
    }
}
