namespace MfaConformance.LoadEngine;

/// <summary>The shapes of load a scenario can run (NBomber's names).</summary>
public enum SimulationKind
{
    /// <summary>Open model: a fixed rate of starts per interval.</summary>
    Inject,

    /// <summary>Open model: the rate ramps linearly from the previous phase's rate.</summary>
    RampingInject,

    /// <summary>Open model: a fixed rate until a number of iterations has started.</summary>
    IterationsForInject,

    /// <summary>Closed model: a fixed number of copies looping.</summary>
    KeepConstant,

    /// <summary>Closed model: the number of copies ramps linearly from the previous phase's copies.</summary>
    RampingConstant,

    /// <summary>Closed model: copies loop until a number of iterations has run.</summary>
    IterationsForConstant,

    /// <summary>No load for a while.</summary>
    Pause,
}
