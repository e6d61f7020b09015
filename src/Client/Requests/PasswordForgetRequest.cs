using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Requests;

/// <summary>Body of password/forget and mfa/password/forget (password = the new one). Optional fields left null are omitted from the JSON body.</summary>
public sealed record PasswordForgetRequest(
    string IdentifierType,
    string IdentifierValue,
    string? DeviceId,
    string Brand,
    string SessionId,
    string Password,
    string ConfirmPassword)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
