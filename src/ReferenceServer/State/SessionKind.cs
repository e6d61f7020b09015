namespace MfaConformance.ReferenceServer.State;

/// <summary>Primary session S (token/generate) or MFA session M (mfa/token/generate).</summary>
internal enum SessionKind
{
    Primary,
    Mfa,
}
