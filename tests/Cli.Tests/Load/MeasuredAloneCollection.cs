namespace MfaConformance.Cli.Tests.Load;

/// <summary>
/// Tests whose thresholds are latency bounds on this machine: they run after every other collection of the assembly,
/// alone, so the CPU-bound tests beside them (the kill matrix, the accept runs) do not decide their p99.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAloneCollection
{
    public const string Name = "measured alone";
}
