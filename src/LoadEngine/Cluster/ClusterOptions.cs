namespace MfaConformance.LoadEngine.Cluster;

/// <summary>How a coordinator runs a cluster: the NATS server, how many agents, and its patience.</summary>
public sealed record ClusterOptions(string NatsUrl, int Agents)
{
    public string Prefix { get; init; } = ClusterProtocol.DefaultPrefix;

    /// <summary>How long to wait for <see cref="Agents"/> compatible agents to announce themselves (default 60 s).</summary>
    public TimeSpan JoinTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long agents may take to prepare (provision their customers) before the start (default 10 min).</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>An agent silent for this long while running is lost (default 5 s, several reporting intervals).</summary>
    public TimeSpan AgentSilence { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Faults (a lost agent, one that could not keep its rate) mark the run degraded instead of failing it.</summary>
    public bool AllowDegraded { get; init; }

    /// <summary>An agent whose late plus dropped starts exceed this share of its starts could not keep its rate (default 1%).</summary>
    public double RateKeepingTolerance { get; init; } = 0.01;
}
