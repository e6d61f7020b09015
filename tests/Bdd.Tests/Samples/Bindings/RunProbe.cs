using System.Collections.Concurrent;

namespace MfaConformance.Bdd.Tests.Samples.Bindings;

/// <summary>A test-run service the tests register to observe what bindings did.</summary>
public sealed class RunProbe
{
    public ConcurrentBag<CalculatorContext> Contexts { get; } = [];

    public ConcurrentQueue<string> Events { get; } = new();
}
