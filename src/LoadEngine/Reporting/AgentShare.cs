namespace MfaConformance.LoadEngine.Reporting;

/// <summary>One agent's share of one scenario of a cluster run: the per-agent breakdown a report shows beside the merged figures.</summary>
internal sealed record AgentShare(string Agent, string Segment, string Scenario, long Ok, long Failed, double AchievedPerSecond, long LateStarts, long DroppedStarts, string Status);
