namespace MfaConformance.Cli.Cluster;

/// <summary>What `agent` was told on its command line.</summary>
/// <param name="NatsUrl">The NATS server of the cluster.</param>
/// <param name="AgentId">This agent's id (letters, digits, '-' and '_').</param>
/// <param name="Version">The harness version announced; null: this build's (tests announce another).</param>
/// <param name="Once">Exit after one run.</param>
/// <param name="ReportFolder">Where the agent writes the reports of its own segment; null: none (the coordinator writes the merged ones).</param>
/// <param name="MaxConcurrency">At most this many iterations in flight on this agent (beyond: dropped and counted); null: the engine's 10,000.</param>
/// <param name="IterationDelay">A pause inside every iteration (tests of an agent that cannot keep its rate only).</param>
internal sealed record AgentSettings(string NatsUrl, string AgentId, string? Version, bool Once, string? ReportFolder, int? MaxConcurrency, TimeSpan IterationDelay)
{
    /// <summary>
    /// A file the agent appends every measured start it scheduled to, one line "run-id scenario ticks" (ticks: intended
    /// start from the measured origin); the cluster tests recombine the agents' schedules. Null: none.
    /// </summary>
    public string? ScheduleLog { get; init; }

    /// <summary>
    /// This agent's own settings (its configuration file and MFA_* variables: headers, certificates...); the
    /// coordinator's spec sets the target, brand, timeout and size limit over them.
    /// </summary>
    public Targets.Settings.HarnessSettings Harness { get; init; } = new();
}
