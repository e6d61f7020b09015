namespace MfaConformance.Bdd.Tests.Samples.Bindings;

public sealed class Device
{
    public string DeviceId { get; set; } = string.Empty;

    public bool Trusted { get; set; }
}
