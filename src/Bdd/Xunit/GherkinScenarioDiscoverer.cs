using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Gherkin;
using Xunit.Abstractions;
using Xunit.Sdk;
namespace MfaConformance.Bdd.Xunit;

/// <summary>Yields one <see cref="GherkinScenarioTestCase"/> per pickle, each in its own test collection (so they run in parallel).</summary>
public sealed class GherkinScenarioDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var featuresPath = factAttribute.GetConstructorArguments().FirstOrDefault() as string ?? "features";
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        IReadOnlyList<GherkinPickle> pickles;
        try
        {
            pickles = XunitBddHost.Discover(testMethod.TestClass.TestCollection.TestAssembly.Assembly.AssemblyPath, featuresPath);
        }
        catch (Exception ex) when (ex is BddFeatureException or BddConfigurationException or ArgumentException or IOException)
        {
            return [new ExecutionErrorTestCase(diagnosticMessageSink, display, displayOptions, testMethod, $"Cannot load the features '{featuresPath}': {ex.Message}")];
        }

        var assembly = testMethod.TestClass.TestCollection.TestAssembly;
        var cases = new List<IXunitTestCase>();
        foreach (var pickle in pickles)
        {
            var collection = new TestCollection(assembly, null, pickle.DisplayName, StableGuid(pickle.Id));
            var method = new TestMethod(new TestClass(collection, testMethod.TestClass.Class), testMethod.Method);
            cases.Add(new GherkinScenarioTestCase(diagnosticMessageSink, display, displayOptions, method, featuresPath, pickle));
        }

        return cases;
    }

    private static Guid StableGuid(string text) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
