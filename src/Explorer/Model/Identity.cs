namespace MfaConformance.Explorer.Model;

/// <summary>The identity fields a request carries, or a session, token or key was issued for (spec §1).</summary>
public sealed record Identity(string Brand, string IdentifierType, string IdentifierValue, string? Device)
{
    public override string ToString() => $"{IdentifierType} {IdentifierValue} on {Brand}, device {Device ?? "(none)"}";
}
