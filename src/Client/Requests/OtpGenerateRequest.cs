using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Requests;

/// <summary>Body of otp/generate and mfa/otp/generate. Optional fields left null are omitted from the JSON body.</summary>
public sealed record OtpGenerateRequest(
    string IdentifierType,
    string IdentifierValue,
    string? DeviceId,
    string Brand,
    string SessionId,
    string? Hash = null)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
