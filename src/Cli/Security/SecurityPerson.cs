namespace MfaConformance.Cli.Security;

/// <summary>A customer identity the security stage made up (MOBILE identifiers; the device is part of the identity fields).</summary>
internal sealed record SecurityPerson(string Brand, string Value, string Device)
{
    public const string Type = "MOBILE";

    public SecurityPerson OnDevice(string device) => this with { Device = device };
}
