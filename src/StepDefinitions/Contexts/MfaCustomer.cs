namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>A customer of the scenario: identity, provisioned password, device and flow values.</summary>
public sealed class MfaCustomer(string brand, string identifierType, string identifierValue, string? mobile, string? password)
{
    public string Brand { get; } = brand;

    public string IdentifierType { get; } = identifierType;

    public string IdentifierValue { get; } = identifierValue;

    /// <summary>For USERNAME customers: the mobile number sent in the first-factor request (E1).</summary>
    public string? Mobile { get; } = mobile;

    /// <summary>The customer's current MFA password (null: first-time customer). A secret.</summary>
    public string? Password { get; set; } = password;

    /// <summary>The device named by G1/G2/A1, used by every later call.</summary>
    public string? Device { get; set; }

    public FlowValues Flow { get; private set; } = new();

    /// <summary>Starts a new login (T12's fresh login) without losing the identity, password or device.</summary>
    public MfaCustomer FreshLogin() => new(Brand, IdentifierType, IdentifierValue, Mobile, Password) { Device = Device };

    /// <summary>"MOBILE 919... on brand X" (no secrets).</summary>
    public override string ToString() => $"{IdentifierType} {IdentifierValue} on brand {Brand}";
}
