using MfaConformance.Bdd;

using MfaConformance.Bdd.Results;
namespace MfaConformance.Cli.Accept;

/// <summary>
/// What the suite produced: the run and the report files it wrote; or, when it could not run, the error (and
/// whether that was because the target could not be reached, or a configuration problem).
/// </summary>
internal sealed record ConformanceStageResult(TestRunResult? Run, IReadOnlyList<string> ReportFiles, string? Error = null, bool Unreachable = false)
{
    /// <summary>The suite refused its configuration (fixtures, features, tags): `accept` exits 2.</summary>
    public bool UsageError { get; init; }

    /// <summary>The rule × endpoint matrix of the features that ran (docs/rules.md), or null when it could not be read.</summary>
    public StepDefinitions.Rules.RuleMatrix? Matrix { get; init; }

    /// <summary>The suite the stage ran and how many scenarios ran (null when it could not be read).</summary>
    public SuiteSummary? Suite { get; init; }
}
