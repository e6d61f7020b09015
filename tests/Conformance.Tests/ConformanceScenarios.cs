using MfaConformance.Bdd;

using MfaConformance.Bdd.Xunit;
[assembly: TestFramework(BddTestFramework.TypeName, BddTestFramework.AssemblyName)]

namespace MfaConformance.Conformance.Tests;

/// <summary>
/// The conformance suite under xUnit: one test case per pickle of features/, named "Feature: Scenario [row]",
/// with a Category trait per tag (<c>dotnet test --filter Category=smoke</c>), run on Reqnroll's runtime.
/// </summary>
public sealed class ConformanceScenarios
{
    [GherkinScenarios("features")]
    public void Scenarios()
    {
        // never called: each pickle runs through Reqnroll
    }
}
