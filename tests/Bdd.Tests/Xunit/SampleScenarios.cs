using MfaConformance.Bdd.Xunit;
[assembly: Xunit.TestFramework(MfaConformance.Bdd.Xunit.BddTestFramework.TypeName, MfaConformance.Bdd.Xunit.BddTestFramework.AssemblyName)]

namespace MfaConformance.Bdd.Tests.Xunit;

/// <summary>The xUnit integration on itself: each pickle of Samples/Xunit is a test case of this project.</summary>
public sealed class SampleScenarios
{
    [GherkinScenarios("Samples/Xunit")]
    public void Scenarios()
    {
    }
}
