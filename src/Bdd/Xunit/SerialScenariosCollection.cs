using Xunit;

namespace MfaConformance.Bdd;

/// <summary>
/// The xUnit collection of scenarios tagged @serial: xUnit runs it after the parallel collections, one test at a time
/// and alone (DisableParallelization).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialScenariosCollection
{
    public const string Name = "Serial scenarios";
}
