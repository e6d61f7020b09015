using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.ReferenceServer.Security;
using MfaConformance.ReferenceServer.State;
using MfaConformance.ReferenceServer.Time;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>Everything a flow needs: the clock, the stores and the active mutant (one per server instance).</summary>
internal sealed record ServerContext(
    ControllableClock Clock,
    ActiveMutant Mutant,
    CustomerDirectory Directory,
    SessionStore Sessions,
    TokenStore Tokens,
    OtpService Otps,
    AttemptTracker Attempts,
    PasswordService Passwords)
{
    public DateTimeOffset Now => Clock.GetUtcNow();
}
