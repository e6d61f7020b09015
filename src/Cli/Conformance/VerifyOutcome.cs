using MfaConformance.Bdd;

namespace MfaConformance.Cli.Conformance;

/// <summary>The result of one suite run: the scenarios, the level summary, the reports written and the exit code.</summary>
internal sealed record VerifyOutcome(int ExitCode, TestRunResult? Run, LevelSummary? Summary, IReadOnlyList<string> ReportFiles, string? Error)
{
    public static VerifyOutcome Failure(int exitCode, string error) => new(exitCode, null, null, [], error);
}
