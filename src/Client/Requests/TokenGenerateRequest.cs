using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Requests;

/// <summary>Body of token/generate (mobile: deviceId set; web: deviceId null). Optional fields left null are omitted from the JSON body.</summary>
public sealed record TokenGenerateRequest(
    string IdentifierType,
    string IdentifierValue,
    string Brand,
    string? DeviceId = null,
    string? Password = null,
    string? ConfirmPassword = null,
    string? Mobile = null,
    string? Email = null)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
