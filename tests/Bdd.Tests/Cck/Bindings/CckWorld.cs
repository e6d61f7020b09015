namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>Per-scenario state of the Compatibility Kit samples (the kit's "this").</summary>
public sealed class CckWorld
{
    public int Count { get; set; }

    public int Friends { get; set; }

    public int Money { get; set; }

    public List<string> Stock { get; } = [];

    public string? Chocolate { get; set; }

    public string[][] Transposed { get; set; } = [];
}
