using System.Text.RegularExpressions;
using MfaConformance.Cli.Tests.EndToEnd;
using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Rendering;

/// <summary>The HTML reports of a real `accept` run render in headless Chromium with the verdict and no console output.</summary>
[Collection(AcceptRunCollection.Name)]
public sealed class HtmlReportRenderingTests(AcceptRunFixture fixture)
{
    [ChromiumFact]
    public async Task AcceptancePage_Renders_WithTheVerdictAndNoConsoleOutput()
    {
        var render = await Chromium.DumpDomAsync(Path.Combine(fixture.Bundle, "index.html"));

        render.Dom.ShouldContain("ACCEPTED: every documented requirement met");
        render.ConsoleMessages.ShouldBeEmpty();
    }

    [ChromiumFact]
    public async Task ConformanceReport_CucumberHtmlReport_RendersEveryScenarioWithNoConsoleOutput()
    {
        var folder = Path.Combine(fixture.Bundle, "conformance");
        var scenarios = CucumberMessages.ScenarioNames(Path.Combine(folder, "messages.ndjson.gz"));
        var pickles = CucumberMessages.Count(Path.Combine(folder, "messages.ndjson.gz"), "pickle");

        var render = await Chromium.DumpDomAsync(Path.Combine(folder, "report.html"));

        var rendered = Regex.Replace(render.Dom, "<script.*?</script>", string.Empty, RegexOptions.Singleline);
        scenarios.Count.ShouldBeGreaterThan(90);
        scenarios.Where(n => !rendered.Contains(TextOf(n), StringComparison.Ordinal)).ShouldBeEmpty("scenarios the report did not render");
        rendered.ShouldContain($"({pickles} / {pickles}) passed");
        render.ConsoleMessages.ShouldBeEmpty();
    }

    private static string TextOf(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [ChromiumFact]
    public async Task LoadReports_Render_WithNoConsoleOutput()
    {
        var pages = Directory.GetFiles(fixture.Bundle, "*.html", SearchOption.AllDirectories)
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}load{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        foreach (var page in pages)
        {
            var render = await Chromium.DumpDomAsync(page);
            render.Dom.ShouldContain("<svg", Case.Insensitive, page);
            render.ConsoleMessages.ShouldBeEmpty(page);
        }
    }

    [ChromiumFact]
    public async Task DumpDom_PageWithAScriptError_ReportsTheConsoleMessage()
    {
        using var folder = new TempFolder();
        var page = folder.Write("broken.html", "<html><body><script>notDefinedAnywhere();</script></body></html>");

        var render = await Chromium.DumpDomAsync(page);

        render.ConsoleMessages.ShouldContain(m => m.Contains("notDefinedAnywhere", StringComparison.Ordinal));
    }
}
