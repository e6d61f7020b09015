using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Requests;

/// <summary>Body of token/regenerate (key on mobile, expiredToken on web) and mfa/token/regenerate (key). Optional fields left null are omitted from the JSON body.</summary>
public sealed record TokenRegenerateRequest(
    string IdentifierType,
    string IdentifierValue,
    string? DeviceId,
    string Brand,
    string? Key = null,
    string? ExpiredToken = null,
    string? Mobile = null,
    string? Email = null)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
