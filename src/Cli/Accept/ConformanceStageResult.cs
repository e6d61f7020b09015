using MfaConformance.Bdd;

namespace MfaConformance.Cli.Accept;

/// <summary>
/// What the suite produced: the run and the report files it wrote; or, when it could not run, the error (and
/// whether that was because the target could not be reached).
/// </summary>
internal sealed record ConformanceStageResult(TestRunResult? Run, IReadOnlyList<string> ReportFiles, string? Error = null, bool Unreachable = false);
