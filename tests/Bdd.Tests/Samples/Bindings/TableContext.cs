namespace MfaConformance.Bdd.Tests.Samples.Bindings;

public sealed class TableContext
{
    public Customer? Customer { get; set; }

    public IReadOnlyList<Device> Devices { get; set; } = [];

    public string Note { get; set; } = string.Empty;
}
