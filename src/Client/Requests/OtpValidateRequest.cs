using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Requests;

/// <summary>Body of otp/validate and mfa/otp/validate; the OTP is always sent as a JSON string. Optional fields left null are omitted from the JSON body.</summary>
public sealed record OtpValidateRequest(
    string IdentifierType,
    string IdentifierValue,
    string? DeviceId,
    string Brand,
    string SessionId,
    string Otp)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
