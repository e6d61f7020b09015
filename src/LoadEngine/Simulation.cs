namespace MfaConformance.LoadEngine;

/// <summary>
/// Factory of load simulations (NBomber's <c>Simulation</c>). Open shapes schedule starts on a fixed timeline
/// and measure latency from each intended start; closed shapes loop copies back to back.
/// </summary>
public static class Simulation
{
    /// <summary>Open: <paramref name="rate"/> starts per <paramref name="interval"/>, evenly spaced, for <paramref name="during"/>.</summary>
    public static LoadSimulation Inject(int rate, TimeSpan interval, TimeSpan during) =>
        new(SimulationKind.Inject) { Rate = NonNegative(rate, nameof(rate)), Interval = Positive(interval, nameof(interval)), During = Positive(during, nameof(during)) };

    /// <summary>Open: the rate moves linearly from the previous phase's rate (0 at first) to <paramref name="rate"/>.</summary>
    public static LoadSimulation RampingInject(int rate, TimeSpan interval, TimeSpan during) =>
        new(SimulationKind.RampingInject) { Rate = NonNegative(rate, nameof(rate)), Interval = Positive(interval, nameof(interval)), During = Positive(during, nameof(during)) };

    /// <summary>Open: <paramref name="rate"/> starts per <paramref name="interval"/> until <paramref name="iterations"/> have started.</summary>
    public static LoadSimulation IterationsForInject(int rate, TimeSpan interval, long iterations) =>
        new(SimulationKind.IterationsForInject) { Rate = Positive(rate, nameof(rate)), Interval = Positive(interval, nameof(interval)), Iterations = Positive(iterations, nameof(iterations)) };

    /// <summary>Closed: <paramref name="copies"/> loops for <paramref name="during"/>.</summary>
    public static LoadSimulation KeepConstant(int copies, TimeSpan during) =>
        new(SimulationKind.KeepConstant) { Copies = NonNegative(copies, nameof(copies)), During = Positive(during, nameof(during)) };

    /// <summary>Closed: the copies move linearly from the previous phase's copies (0 at first) to <paramref name="copies"/>.</summary>
    public static LoadSimulation RampingConstant(int copies, TimeSpan during) =>
        new(SimulationKind.RampingConstant) { Copies = NonNegative(copies, nameof(copies)), During = Positive(during, nameof(during)) };

    /// <summary>Closed: <paramref name="copies"/> loops share <paramref name="iterations"/> iterations.</summary>
    public static LoadSimulation IterationsForConstant(int copies, long iterations) =>
        new(SimulationKind.IterationsForConstant) { Copies = Positive(copies, nameof(copies)), Iterations = Positive(iterations, nameof(iterations)) };

    /// <summary>No load for <paramref name="during"/>.</summary>
    public static LoadSimulation Pause(TimeSpan during) =>
        new(SimulationKind.Pause) { During = Positive(during, nameof(during)) };

    private static int NonNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be 0 or more");

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be more than 0");

    private static long Positive(long value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be more than 0");

    private static TimeSpan Positive(TimeSpan value, string name) =>
        value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be longer than 0");
}
