namespace MfaConformance.LoadEngine;

/// <summary>One phase of a scenario's load; build it with <see cref="Simulation"/>.</summary>
public sealed record LoadSimulation
{
    internal LoadSimulation(SimulationKind kind)
    {
        Kind = kind;
    }

    /// <summary>The shape.</summary>
    public SimulationKind Kind { get; }

    /// <summary>Starts per <see cref="Interval"/> (open models).</summary>
    public int Rate { get; init; }

    /// <summary>The rate's interval (open models).</summary>
    public TimeSpan Interval { get; init; }

    /// <summary>The phase's length (time-bound shapes).</summary>
    public TimeSpan During { get; init; }

    /// <summary>Concurrent copies (closed models).</summary>
    public int Copies { get; init; }

    /// <summary>Iterations to run (iteration-bound shapes).</summary>
    public long Iterations { get; init; }

    /// <summary>True for the open-model shapes.</summary>
    public bool IsOpen => Kind is SimulationKind.Inject or SimulationKind.RampingInject or SimulationKind.IterationsForInject;

    /// <summary>True for the closed-model shapes.</summary>
    public bool IsClosed => Kind is SimulationKind.KeepConstant or SimulationKind.RampingConstant or SimulationKind.IterationsForConstant;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        SimulationKind.Inject or SimulationKind.RampingInject => $"{Kind}(rate: {Rate}, interval: {Interval}, during: {During})",
        SimulationKind.IterationsForInject => $"{Kind}(rate: {Rate}, interval: {Interval}, iterations: {Iterations})",
        SimulationKind.KeepConstant or SimulationKind.RampingConstant => $"{Kind}(copies: {Copies}, during: {During})",
        SimulationKind.IterationsForConstant => $"{Kind}(copies: {Copies}, iterations: {Iterations})",
        _ => $"{Kind}(during: {During})",
    };
}
