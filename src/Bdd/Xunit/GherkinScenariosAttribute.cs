using Xunit;
using Xunit.Sdk;

namespace MfaConformance.Bdd.Xunit;

/// <summary>
/// Put on one parameterless method of a test class: every pickle under <see cref="FeaturesPath"/> becomes its own
/// xUnit test case ("Feature: Scenario [row]", traits Category=&lt;tag&gt; and Feature=&lt;title&gt;), each in its own
/// collection so that they run in parallel. The method body is not called; the scenario runs through the binding runtime
/// configured by reqnroll.json (next to the test assembly, else at the repository root).
/// Add <c>[assembly: Xunit.TestFramework(BddTestFramework.TypeName, BddTestFramework.AssemblyName)]</c> so that
/// [AfterTestRun] hooks run and the reports are written once all scenarios are done.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("MfaConformance.Bdd.Xunit." + nameof(GherkinScenarioDiscoverer), "MfaConformance.Bdd")]
public sealed class GherkinScenariosAttribute(string featuresPath = "features") : FactAttribute
{
    /// <summary>A folder or .feature file, relative to the repository root or to the test assembly's folder.</summary>
    public string FeaturesPath { get; } = featuresPath;
}
