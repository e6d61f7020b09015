namespace MfaConformance.LoadEngine.Running;

/// <summary>
/// The intended start times of one open-model phase, relative to the phase's start. Inject spaces starts evenly:
/// start k at k·interval/rate. RampingInject moves the rate linearly from r0 to r1 over the phase; start k is
/// where the cumulative count N(t) = (r0·t + (r1−r0)·t²/(2·D)) / interval reaches k.
/// </summary>
internal readonly record struct OpenTimeline(double StartRate, double EndRate, TimeSpan Interval, TimeSpan Length, long Count)
{
    public static OpenTimeline For(LoadSimulation simulation, double previousRate) => simulation.Kind switch
    {
        SimulationKind.Inject => new(simulation.Rate, simulation.Rate, simulation.Interval, simulation.During, Floor(simulation.Rate * Ratio(simulation.During, simulation.Interval))),
        SimulationKind.RampingInject => new(previousRate, simulation.Rate, simulation.Interval, simulation.During, Floor((previousRate + simulation.Rate) / 2 * Ratio(simulation.During, simulation.Interval))),
        SimulationKind.IterationsForInject => new(simulation.Rate, simulation.Rate, simulation.Interval, TimeSpan.FromTicks((long)Math.Ceiling(simulation.Iterations * (double)simulation.Interval.Ticks / simulation.Rate)), simulation.Iterations),
        _ => throw new ArgumentException($"{simulation.Kind} is not an open-model simulation", nameof(simulation)),
    };

    /// <summary>Intended start of the k-th start (0-based), relative to the phase start.</summary>
    public TimeSpan At(long k)
    {
        if (k <= 0)
        {
            return TimeSpan.Zero;
        }

        var intervalSeconds = Interval.TotalSeconds;
        var b = StartRate / intervalSeconds;
        var a = (EndRate - StartRate) / (2 * Length.TotalSeconds * intervalSeconds);
        var denominator = b + Math.Sqrt(Math.Max(0, (b * b) + (4 * a * k)));
        var seconds = denominator <= 0 ? Length.TotalSeconds : 2 * k / denominator;
        return TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
    }

    private static double Ratio(TimeSpan during, TimeSpan interval) => (double)during.Ticks / interval.Ticks;

    private static long Floor(double value) => (long)Math.Floor(value + 1e-9);
}
