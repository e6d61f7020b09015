using MfaConformance.Bdd;

using MfaConformance.Bdd.Results;
namespace MfaConformance.Cli.Conformance;

/// <summary>The result of one suite run: the scenarios, the level summary, the reports written, the suite it used and the exit code.</summary>
internal sealed record VerifyOutcome(int ExitCode, TestRunResult? Run, LevelSummary? Summary, IReadOnlyList<string> ReportFiles, string? Error)
{
    /// <summary>The suite the run used (null when it could not be read).</summary>
    public SuitePlan? Suite { get; init; }

    public static VerifyOutcome Failure(int exitCode, string error, SuitePlan? suite = null) => new(exitCode, null, null, [], error) { Suite = suite };
}
