using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Cli.Accept;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Tests.Support;

/// <summary>A conformance stage returning a given result (and recording that it ran); with a run, it writes stand-in junit.xml and messages.ndjson as the suite would.</summary>
internal sealed class FakeConformanceStage(ConformanceStageResult result) : IConformanceStage
{
    public FakeConformanceStage(TestRunResult run)
        : this(new ConformanceStageResult(run, []))
    {
    }

    public bool Ran { get; private set; }

    public Task<ConformanceStageResult> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken)
    {
        Ran = true;
        if (result.Run is null || result.ReportFiles.Count > 0)
        {
            return Task.FromResult(result);
        }

        var folder = Directory.CreateDirectory(Path.Combine(settings.ReportsFolder, "conformance")).FullName;
        string[] files = [Path.Combine(folder, "junit.xml"), Path.Combine(folder, "messages.ndjson")];
        File.WriteAllText(files[0], "<testsuite tests=\"0\"/>");
        File.WriteAllText(files[1], "{\"testRunStarted\":{}}");
        return Task.FromResult(result with { ReportFiles = files });
    }
}
