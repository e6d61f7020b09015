namespace MfaConformance.LoadEngine.Cluster;

/// <summary>What the coordinator knows of one agent of a run.</summary>
internal sealed class AgentState(string id, int index)
{
    public string Id { get; } = id;

    public int Index { get; } = index;

    public bool Ready { get; set; }

    public string? Fault { get; set; }

    public RunSnapshot? Latest { get; set; }

    public long Sequence { get; set; }

    public DateTimeOffset LastHeard { get; set; } = DateTimeOffset.UtcNow;

    public bool Final => Latest?.Final == true;

    public bool Lost { get; set; }

    /// <summary>When the agent's current silence began (its last report), while it is named silent; null otherwise.</summary>
    public DateTimeOffset? SilentSince { get; set; }

    /// <summary>How often the agent came back within the grace period after being silent.</summary>
    public int Readmissions { get; set; }
}
