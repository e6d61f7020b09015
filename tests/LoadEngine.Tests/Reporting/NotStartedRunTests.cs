using System.Text.Json;

namespace MfaConformance.LoadEngine.Tests.Reporting;

/// <summary>A run that could not start still writes its reports, with the reason; notes reach every format.</summary>
public sealed class NotStartedRunTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "loadengine-tests", Guid.NewGuid().ToString("N"));
    private int _iterations;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task FailBeforeStart_WritesEveryReportWithTheReasonAndRunsNothing()
    {
        var result = await Builder().FailBeforeStart("pre-flight failed: a wrong OTP was not refused").RunAsync();

        _iterations.ShouldBe(0);
        result.ExitCode.ShouldBe(1);
        result.Errors.ShouldBe(["pre-flight failed: a wrong OTP was not refused"]);
        result.Stats.Scenarios.ShouldBeEmpty();
        result.ReportFiles.Select(Path.GetFileName).ShouldBe(["report.html", "report.md", "report.csv", "report.json"]);
        (await File.ReadAllTextAsync(Path.Combine(result.ReportFolder!, "report.md"))).ShouldContain("ERROR: pre-flight failed: a wrong OTP was not refused");
        (await File.ReadAllTextAsync(Path.Combine(result.ReportFolder!, "report.html"))).ShouldContain("FAILED");
    }

    [Fact]
    public async Task WithNote_AppearsInTheHtmlMarkdownAndJsonReports()
    {
        var result = await Builder().WithNote("pre-flight passed: every check held").RunAsync();

        _iterations.ShouldBe(3);
        result.ExitCode.ShouldBe(0);
        (await File.ReadAllTextAsync(Path.Combine(result.ReportFolder!, "report.md"))).ShouldContain("## Notes\n\n- pre-flight passed: every check held");
        (await File.ReadAllTextAsync(Path.Combine(result.ReportFolder!, "report.html"))).ShouldContain("<li>pre-flight passed: every check held</li>");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(result.ReportFolder!, "report.json")));
        json.RootElement.GetProperty("notes")[0].GetString().ShouldBe("pre-flight passed: every check held");
    }

    private LoadRunBuilder Builder() =>
        LoadRunner.RegisterScenarios(Scenario.Create("s", _ =>
            {
                Interlocked.Increment(ref _iterations);
                return Task.FromResult(Response.Ok());
            }).WithLoadSimulations(Simulation.IterationsForConstant(1, 3)))
            .WithReportFolder(_folder)
            .WithRunId("run")
            .WithConsoleProgress(false)
            .WithCtrlCHandling(false)
            .WithConsole(TextWriter.Null);
}
