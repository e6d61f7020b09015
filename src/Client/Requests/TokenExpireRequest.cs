using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Requests;

/// <summary>Body of DELETE mfa/token/expire (token = T2). Optional fields left null are omitted from the JSON body.</summary>
public sealed record TokenExpireRequest(
    string IdentifierType,
    string IdentifierValue,
    string DeviceId,
    string Brand,
    string Token)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
