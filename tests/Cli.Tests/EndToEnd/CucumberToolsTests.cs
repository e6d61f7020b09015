using System.Text.RegularExpressions;
using MfaConformance.Cli.Conformance;
using MfaConformance.Cli.Tests.Conformance;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.Targets.Settings;
using MfaConformance.Tests.Shared;

namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>
/// The suite's Cucumber messages link up: fed to Cucumber's own consumers (npm @cucumber/junit-xml-formatter 0.15.0 and
/// @cucumber/html-formatter 24.2.0, installed by .ci/run), they give one test case per pickle, with the statuses the
/// harness reported.
/// </summary>
[Collection(AcceptRunCollection.Name)]
public sealed class CucumberToolsTests(AcceptRunFixture fixture)
{
    [CucumberToolsFact]
    public async Task AcceptBundleMessages_ReadByCucumbersFormatters_OneTestCasePerPickleWithTheHarnessStatuses()
    {
        using var folder = new TempFolder();
        var messages = Path.Combine(fixture.Bundle, "conformance", "messages.ndjson.gz");

        var (exitCode, output) = await CucumberTools.CheckMessagesAsync(messages, Path.Combine(folder.Path, "junit.xml"), Path.Combine(folder.Path, "report.html"));

        exitCode.ShouldBe(0, output);
        var cucumber = JUnitCases.Read(Path.Combine(folder.Path, "junit.xml"));
        var ours = JUnitCases.Read(Path.Combine(fixture.Bundle, "conformance", "junit.xml"));
        cucumber.Count.ShouldBe(CucumberMessages.Count(messages, "pickle"));
        cucumber.Count.ShouldBe(ours.Count);
        cucumber.GroupBy(c => c.Status).Select(g => (g.Key, g.Count())).Order().ShouldBe(ours.GroupBy(c => c.Status).Select(g => (g.Key, g.Count())).Order());
        File.ReadAllText(Path.Combine(folder.Path, "report.html")).ShouldContain("window.CUCUMBER_MESSAGES");
    }

    [CucumberToolsFact]
    public async Task VerifyMessages_AgainstAMutant_CucumbersJUnitFailsExactlyTheScenariosTheConsoleNamed()
    {
        var settings = new HarnessSettings { ReportsFolder = Path.Combine(Path.GetTempPath(), "mfa-cucumber-" + Guid.NewGuid().ToString("N")), EmbeddedPasswordHashIterations = 1_000, EmbeddedMutant = "ignore-device" };
        using var console = new StringWriter();
        var outcome = await new VerifyRunner().RunAsync(settings, new VerifyRunOptions { Tags = "documented", Output = console }, CancellationToken.None);
        var messages = outcome.ReportFiles.Single(f => f.EndsWith("messages.ndjson.gz", StringComparison.Ordinal));
        using var folder = new TempFolder();

        var (exitCode, output) = await CucumberTools.CheckMessagesAsync(messages, Path.Combine(folder.Path, "junit.xml"), Path.Combine(folder.Path, "report.html"));

        exitCode.ShouldBe(0, output);
        var cucumber = JUnitCases.Read(Path.Combine(folder.Path, "junit.xml"));
        cucumber.Count.ShouldBe(outcome.Run!.Scenarios.Count());
        var failedOnTheConsole = console.ToString().Split(Environment.NewLine)
            .SkipWhile(l => !l.StartsWith("FAILED @documented", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.StartsWith("  - ", StringComparison.Ordinal))
            .Select(l => l[4..].Split(" — ", 2)[0])
            .ToList();
        failedOnTheConsole.ShouldNotBeEmpty();
        var failedByCucumber = cucumber.Where(c => c.Status == "failed").ToList();
        failedByCucumber.Count.ShouldBe(failedOnTheConsole.Count, console.ToString());
        failedOnTheConsole.ShouldAllBe(name => failedByCucumber.Any(c => name.StartsWith($"{c.ClassName}: {PickleName(c.Name)}", StringComparison.Ordinal)), string.Join(Environment.NewLine, failedByCucumber));
    }

    /// <summary>Cucumber's JUnit names an outline's test case "Outline - #1.2: pickle name".</summary>
    private static string PickleName(string testCaseName) =>
        Regex.Match(testCaseName, @" - #\d+\.\d+: (.*)$") is { Success: true } m ? m.Groups[1].Value : testCaseName;
}
