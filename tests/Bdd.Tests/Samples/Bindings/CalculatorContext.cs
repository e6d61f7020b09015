namespace MfaConformance.Bdd.Tests.Samples.Bindings;

public sealed class CalculatorContext : IDisposable
{
    public List<int> Entered { get; } = [];

    public int Result { get; set; }

    public bool Disposed { get; private set; }

    public void Dispose() => Disposed = true;
}
