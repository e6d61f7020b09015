using Xunit.Abstractions;
using Xunit.Sdk;

namespace MfaConformance.Bdd;

/// <summary>Finishes the BDD runtimes (hooks, reports) before xUnit reports the assembly as finished.</summary>
internal sealed class BddTestAssemblyRunner(
    ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink,
    IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
    : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
{
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
