using System.Text;
using MfaConformance.Client.Redaction;
using MfaConformance.Client.Responses;
namespace MfaConformance.Client.Hooks;

/// <summary>The answer of GET /__harness/v1/otp; <see cref="Otp"/> is null when none was issued (404).</summary>
public sealed record HookOtpResult(ApiResponse Response, string? Otp, string? SessionId, DateTimeOffset? IssuedAt, DateTimeOffset? ExpiresAt)
{
    public bool Found => Otp is not null;

    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
