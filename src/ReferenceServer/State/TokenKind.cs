namespace MfaConformance.ReferenceServer.State;

/// <summary>What a token or key is: VIEW tokens, the primary T1, the MFA T2, and the keys K1/K2.</summary>
internal enum TokenKind
{
    PrimaryView,
    PrimaryUser,
    MfaView,
    MfaUser,
    PrimaryKey,
    MfaKey,
}
