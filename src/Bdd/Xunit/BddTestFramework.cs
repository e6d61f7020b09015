using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MfaConformance.Bdd.Xunit;

/// <summary>
/// xUnit test framework that finishes the BDD run after all test cases: [AfterFeature]/[AfterTestRun] hooks and
/// reports. Use: <c>[assembly: Xunit.TestFramework(BddTestFramework.TypeName, BddTestFramework.AssemblyName)]</c>.
/// </summary>
public sealed class BddTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    public const string TypeName = "MfaConformance.Bdd.Xunit." + nameof(BddTestFramework);
    public const string AssemblyName = "MfaConformance.Bdd";

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new BddTestFrameworkExecutor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);
}
