namespace MfaConformance.LoadEngine.Cluster;

/// <summary>One agent's share of one scenario, from its latest snapshot.</summary>
internal sealed record AgentRow(AgentState Agent, string Scenario, long Ok, long Failed, long Late, long Dropped, long Errors, TimeSpan Measured)
{
    public long Starts => Ok + Failed + Dropped;

    public double AchievedPerSecond => Measured > TimeSpan.Zero ? (Ok + Failed) / Measured.TotalSeconds : 0;

    public string Status => (Agent.Lost ? "lost" : Agent.Final ? "finished" : Agent.Fault ?? "no final report")
        + (Agent.Readmissions > 0 ? " (re-admitted)" : string.Empty);
}
