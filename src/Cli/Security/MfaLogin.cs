using MfaConformance.Client.Responses;

namespace MfaConformance.Cli.Security;

/// <summary>The credentials of one MFA login, in the order they were issued (T1, K1, the MFA VIEW token, M, T2, K2).</summary>
internal sealed record MfaLogin(string T1, string? K1, string? MfaView, string M, string T2, string? K2, ApiResponse Validate)
{
    public override string ToString() => "MfaLogin { *** }";
}
