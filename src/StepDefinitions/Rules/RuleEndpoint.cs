namespace MfaConformance.StepDefinitions.Rules;

/// <summary>A column of the rule matrix: an endpoint of the flow (its path below /auth/v1/, its spec section, a short label).</summary>
public sealed record RuleEndpoint(string Id, string Spec, string Label);
