using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Requests;

/// <summary>Body of password/change and mfa/password/change (password = the current one). Optional fields left null are omitted from the JSON body.</summary>
public sealed record PasswordChangeRequest(
    string IdentifierType,
    string IdentifierValue,
    string? DeviceId,
    string Brand,
    string Token,
    string Password,
    string NewPassword,
    string ConfirmPassword)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
