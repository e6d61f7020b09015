using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Requests;

/// <summary>Body of mfa/token/generate; password fields only for a first-time MFA-password user. Optional fields left null are omitted from the JSON body.</summary>
public sealed record MfaTokenGenerateRequest(
    string IdentifierType,
    string IdentifierValue,
    string DeviceId,
    string Brand,
    string AuthorizedToken,
    string? Password = null,
    string? ConfirmPassword = null)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
