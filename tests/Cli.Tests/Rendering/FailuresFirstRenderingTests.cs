using System.Text.RegularExpressions;
using MfaConformance.Cli.Conformance;
using MfaConformance.Cli.Tests.Evidence;

namespace MfaConformance.Cli.Tests.Rendering;

/// <summary>The conformance report of a failing run, rendered in headless Chromium, opens on its failures.</summary>
public sealed class FailuresFirstRenderingTests(FailingVerifyFixture fixture) : IClassFixture<FailingVerifyFixture>
{
    [ChromiumFact]
    public async Task ConformanceReport_FailingRun_RendersTheFailuresFirstThenCucumbersReport()
    {
        var failed = fixture.Outcome.Run!.Scenarios.Where(s => s.Outcome == MfaConformance.Bdd.Results.TestOutcome.Failed).ToList();

        var render = await Chromium.DumpDomAsync(Path.Combine(fixture.Conformance, FailuresSection.ReportFileName));

        var dom = Regex.Replace(render.Dom, "<(script|style)\\b.*?</\\1>", string.Empty, RegexOptions.Singleline);
        var body = dom[(dom.IndexOf("<body", StringComparison.Ordinal) + 1)..];
        var firstElement = Regex.Match(body, "<(?!body)([a-z]+)[^>]*>").Value;
        firstElement.ShouldContain($"id=\"{FailuresSection.SectionId}\"", Case.Sensitive, "the page opens on the failures");
        var section = body.IndexOf(FailuresSection.SectionId, StringComparison.Ordinal);
        var content = body.IndexOf("id=\"content\"", StringComparison.Ordinal);
        section.ShouldBeLessThan(content);
        body[content..].ShouldContain("data-status=\"FAILED\"", Case.Sensitive, "Cucumber's report still renders below");
        foreach (var scenario in failed)
        {
            body[section..content].ShouldContain($"id=\"{FailuresSection.Anchor(scenario)}\"", Case.Sensitive, scenario.DisplayName);
        }

        render.ConsoleMessages.ShouldBeEmpty();
    }
}
