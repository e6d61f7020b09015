using MfaConformance.Explorer.Exploration;

namespace MfaConformance.Cli.Exploration;

/// <summary>What `explore` (and the explore stage of `accept`) runs: the exploration's own options, and where its reports go.</summary>
internal sealed record ExploreRunOptions
{
    public ExploreOptions Explore { get; init; } = new();

    /// <summary>Run this one program (a program seed printed with a contradiction) instead of exploring.</summary>
    public string? Replay { get; init; }

    /// <summary>The folder the reports are written to; null: &lt;reports&gt;/explore/&lt;run-id&gt;.</summary>
    public string? ReportsFolder { get; init; }

    public TextWriter? Output { get; init; }
}
