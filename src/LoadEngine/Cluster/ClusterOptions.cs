namespace MfaConformance.LoadEngine.Cluster;

/// <summary>How a coordinator runs a cluster: the NATS server, how many agents, and its patience.</summary>
public sealed record ClusterOptions(string NatsUrl, int Agents)
{
    public string Prefix { get; init; } = ClusterProtocol.DefaultPrefix;

    /// <summary>How long to wait for <see cref="Agents"/> compatible agents to announce themselves (default 60 s).</summary>
    public TimeSpan JoinTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long agents may take to prepare (provision their customers) before the start (default 10 min).</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// An agent silent for this long while the coordinator is connected is named silent (default 5 s, several reporting
    /// intervals); it is waited for until <see cref="AgentGrace"/>.
    /// </summary>
    public TimeSpan AgentSilence { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a silent agent (or every agent, while the coordinator has no NATS connection) may stay silent before it
    /// is lost (default 30 s: a NATS restart or a pod rescheduled). An agent reporting again within it is re-admitted:
    /// its snapshots are cumulative, so nothing it measured is lost or counted twice. Agents keep retrying their final
    /// report for longer than this.
    /// </summary>
    public TimeSpan AgentGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Faults (a lost or re-admitted agent, a NATS outage, one that could not keep its rate) mark the run degraded
    /// instead of failing it.
    /// </summary>
    public bool AllowDegraded { get; init; }

    /// <summary>An agent whose late plus dropped starts exceed this share of its starts could not keep its rate (default 1%).</summary>
    public double RateKeepingTolerance { get; init; } = 0.01;
}
