using MfaConformance.Bdd;

namespace MfaConformance.Cli.Accept;

/// <summary>What the suite produced: the run, and the report files it wrote (if any).</summary>
internal sealed record ConformanceStageResult(TestRunResult Run, IReadOnlyList<string> ReportFiles);
