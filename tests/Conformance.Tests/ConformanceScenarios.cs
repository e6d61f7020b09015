using MfaConformance.Bdd;

[assembly: TestFramework(BddTestFramework.TypeName, BddTestFramework.AssemblyName)]
[assembly: BddTestRunHost(typeof(MfaConformance.Conformance.Tests.ConformanceTestRunHost))]

namespace MfaConformance.Conformance.Tests;

/// <summary>
/// The conformance suite under xUnit: one test case per pickle of features/, named "Feature: Scenario [row]",
/// with a Category trait per tag (<c>dotnet test --filter Category=smoke</c>).
/// </summary>
public sealed class ConformanceScenarios
{
    [GherkinScenarios("features")]
    public void Scenarios()
    {
        // never called: each pickle runs through the binding runtime
    }
}
