using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Hooks;

/// <summary>One customer for POST /__harness/v1/customers; Password null = first-time customer.</summary>
public sealed record HookCustomer(string Brand, string IdentifierType, string IdentifierValue, string? Password)
{
    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
