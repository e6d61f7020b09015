namespace MfaConformance.ReferenceServer.State;

/// <summary>The four attempt counters of spec 4.2.</summary>
internal enum AttemptKind
{
    PrimaryOtp,
    PrimaryPassword,
    MfaOtp,
    MfaPassword,
}
