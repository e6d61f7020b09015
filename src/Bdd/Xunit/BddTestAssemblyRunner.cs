using Xunit.Abstractions;
using Xunit.Sdk;

namespace MfaConformance.Bdd.Xunit;

/// <summary>
/// Tells each run which pickles xUnit will execute (so its Cucumber messages hold a test case for every pickle), and
/// finishes the runs (hooks, reports) before xUnit reports the assembly as finished.
/// </summary>
internal sealed class BddTestAssemblyRunner(
    ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink,
    IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
    : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
{
    protected override Task AfterTestAssemblyStartingAsync()
    {
        foreach (var group in TestCases.OfType<GherkinScenarioTestCase>().GroupBy(t => t.FeaturesPath, StringComparer.Ordinal))
        {
            XunitBddHost.Select(TestAssembly.Assembly.AssemblyPath, group.Key, [.. group.Select(t => t.PickleId)]);
        }

        return base.AfterTestAssemblyStartingAsync();
    }

    protected override async Task BeforeTestAssemblyFinishedAsync()
    {
        try
        {
            await XunitBddHost.FinishAllAsync();
        }
        catch (Exception ex)
        {
            DiagnosticMessageSink.OnMessage(new DiagnosticMessage($"MfaConformance.Bdd: finishing the run failed: {ex}"));
        }

        await base.BeforeTestAssemblyFinishedAsync();
    }
}
