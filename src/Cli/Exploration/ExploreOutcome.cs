using MfaConformance.Explorer.Exploration;

namespace MfaConformance.Cli.Exploration;

/// <summary>The exploration's result, its exit code and its report files.</summary>
internal sealed record ExploreOutcome(int ExitCode, ExploreResult? Result, IReadOnlyList<string> Reports, string? Error = null)
{
    public static ExploreOutcome Failure(int exitCode, string error) => new(exitCode, null, [], error);
}
