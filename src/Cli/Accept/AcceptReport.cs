namespace MfaConformance.Cli.Accept;

/// <summary>Everything the acceptance bundle says (written as index.html and accept.json).</summary>
internal sealed record AcceptReport
{
    public required string RunId { get; init; }

    public required string Target { get; init; }

    public required string HarnessVersion { get; init; }

    /// <summary>How the harness was set up (file, brand, identities, OTP source, timeout): no secret values.</summary>
    public string Configuration { get; init; } = string.Empty;

    public required DateTimeOffset StartedAt { get; init; }

    public TimeSpan Duration { get; init; }

    public required AcceptVerdict Verdict { get; init; }

    public required int ExitCode { get; init; }

    /// <summary>Why the target (or the cluster's NATS server) could not be reached (verdict Unreachable), else null.</summary>
    public string? UnreachableMessage { get; init; }

    /// <summary>What could not be reached: "the target" or "the NATS server".</summary>
    public string UnreachableWhat { get; init; } = "the target";

    /// <summary>The suite that ran: its source folder, content hash and how many scenarios ran (null when it could not be read).</summary>
    public SuiteSummary? Suite { get; init; }

    public IReadOnlyList<RequirementResult> Requirements { get; init; } = [];

    /// <summary>The rule × endpoint matrix with each cell's verdict (empty when the suite did not run).</summary>
    public IReadOnlyList<RuleVerdict> Rules { get; init; } = [];

    /// <summary>Errors outside scenarios (failed run hooks, a stage that could not run).</summary>
    public IReadOnlyList<string> RunErrors { get; init; } = [];

    /// <summary>The explore stage (issue 17): programs run against a model of the documentation, and any contradiction.</summary>
    public ExploreSummary? Explore { get; init; }

    /// <summary>The security stage (issue 21, @security): advisory rows with their OWASP item, verdict and figure; null when not run.</summary>
    public Security.SecuritySummary? Security { get; init; }

    public IReadOnlyList<FlowLoadSummary> Load { get; init; } = [];

    /// <summary>Why no load ran (e.g. not available in this build, or the suite could not run), else null.</summary>
    public string? LoadNotRunReason { get; init; }

    /// <summary>`--baseline BUNDLE`: the requirements newly failing, newly passing, added and removed since that bundle; null without one.</summary>
    public AcceptBaseline? Baseline { get; init; }

    public IReadOnlyList<SpecInconsistency> Inconsistencies { get; init; } = SpecInconsistencies.All;

    public IEnumerable<RequirementResult> Level(string level) => Requirements.Where(r => r.Level == level);
}
