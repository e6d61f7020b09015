using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Responses;

/// <summary>The <c>auth</c> object: token and key, both opaque strings (no JWT parsing) and either may be null.</summary>
public sealed record AuthBlock(string? Token, string? Key)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
