using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Requests;

/// <summary>Body of password/validate and mfa/password/validate. Optional fields left null are omitted from the JSON body.</summary>
public sealed record PasswordValidateRequest(
    string IdentifierType,
    string IdentifierValue,
    string? DeviceId,
    string Brand,
    string SessionId,
    string Password)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
