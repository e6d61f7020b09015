namespace MfaConformance.Bdd;

/// <summary>
/// Text attached to the current step by a binding (e.g. the redacted HTTP exchange, or a curl command that
/// reproduces the call). Formatters write it next to the step. Callers must redact secrets before attaching.
/// </summary>
public sealed record ScenarioAttachment(string Name, string MediaType, string Content);
