using System.Text.RegularExpressions;
using System.Xml.Linq;
using MfaConformance.Cli.Conformance;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.Targets.Settings;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;

namespace MfaConformance.Cli.Tests.Telemetry;

/// <summary>
/// A failure in the reports names its trace id, and the reference server's request log has the failing call under the
/// same id: `verify` against a reference server (logging every request) that runs the `accept-wrong-password` mutant.
/// </summary>
public sealed partial class TraceIdTests
{
    [Fact]
    public async Task Verify_FailingScenario_ItsTraceIdInJUnitAndTheFailuresSectionIsInTheServersLogLineForTheFailingCall()
    {
        var folder = TempFolder();
        using var log = new StringWriter();
        await using (var requestLog = new RequestLog(log))
        {
            await using (var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { Mutant = "accept-wrong-password", PasswordHashIterations = 1_000, RequestLog = requestLog }))
            {
                var settings = new HarnessSettings { ReportsFolder = folder, TargetUrl = server.BaseUrl };
                using var output = new StringWriter();
                var outcome = await new VerifyRunner().RunAsync(settings, new VerifyRunOptions { Tags = "@rule:password-check", Output = output }, CancellationToken.None);
                outcome.ExitCode.ShouldBe(1, output.ToString());
            }
        }

        var junit = XDocument.Load(Path.Combine(folder, VerifyRunner.ReportsSubfolder, "junit.xml"));
        var failure = junit.Descendants("failure").First();
        var traceId = TraceIdLine().Match(failure.Value) is { Success: true } m ? m.Groups["id"].Value : throw new ShouldAssertException($"no trace id in the JUnit failure:\n{failure.Value}");
        var html = await File.ReadAllTextAsync(Path.Combine(folder, VerifyRunner.ReportsSubfolder, FailuresSection.ReportFileName));
        html.ShouldContain($"Trace id <code>{traceId}</code>");

        // the server's log: every call of the failing scenario, the password validation the mutant wrongly accepted among them
        var lines = log.ToString().Split('\n').Where(l => l.Contains($"trace={traceId} ", StringComparison.Ordinal)).ToList();
        lines.ShouldNotBeEmpty($"no request of trace {traceId} in the server's log");
        lines.ShouldContain(l => l.Contains("/mfa/password/validate 200 ", StringComparison.Ordinal), $"the wrongly accepted password validation of trace {traceId}:\n{string.Join('\n', lines)}");
        log.ToString().ShouldNotContain("trace=- ", customMessage: "every request of the harness carries a traceparent");
    }

    [GeneratedRegex("Trace id: (?<id>[0-9a-f]{32})")]
    private static partial Regex TraceIdLine();
}
