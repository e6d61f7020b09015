namespace MfaConformance.Explorer.Model;

/// <summary>
/// An answer the documentation rules out: a must that did not hold, or a success that lacked what a documented success
/// hands on. Names the rule (a row of docs/rules.md), the endpoint, what was expected and why, and what came back.
/// </summary>
public sealed record Contradiction(string RuleId, string Endpoint, string Expected, string Observed, string Reason)
{
    public override string ToString() => $"{Endpoint}: expected {Expected} ({RuleId}: {Reason}); the target {Observed}";
}
