using System.Text;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Fixtures;

/// <summary>
/// One pre-existing customer of a target without hooks. Password null = first-time customer (no MFA
/// password yet); <see cref="Reusable"/> fixtures may be handed out more than once per run. <see cref="Mobile"/>: for
/// USERNAME customers, the mobile number the first factor sends (E1: "either mobile or email is required").
/// </summary>
public sealed record IdentityFixture(string IdentifierType, string IdentifierValue, string? Password, string? DeviceId, bool Reusable = false, string? Mobile = null)
{
    public bool IsReturningCustomer => Password is not null;

    private bool PrintMembers(StringBuilder builder) => RecordPrinter.Print(builder, this);
}
