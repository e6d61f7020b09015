namespace MfaConformance.Explorer.Model;

/// <summary>One reason the model has to expect a refusal: the rule of docs/rules.md it comes from and why, in words.</summary>
/// <param name="Certainty">Yes: the documentation makes the refusal certain; Maybe: it allows one.</param>
/// <param name="RuleId">The row of docs/rules.md (e.g. "device", "session-lifetime").</param>
/// <param name="Reason">What the call did, in the documentation's terms ("the MFA session is 5 min 1 s old; it lives 5 min").</param>
public sealed record Finding(Tri Certainty, string RuleId, string Reason);
