using System.Reflection;
using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
namespace MfaConformance.Bdd.Xunit;

/// <summary>Runs one pickle for xUnit through its run and maps the outcome (undefined, pending and ambiguous fail).</summary>
internal static class XunitScenarioRunner
{
    public static async Task<XunitScenarioOutcome> RunAsync(GherkinScenarioTestCase testCase, string featuresPath, string pickleId, CancellationToken cancellationToken)
    {
        try
        {
            var info = testCase.TestMethod.TestClass.TestCollection.TestAssembly.Assembly;
            var assembly = (info as global::Xunit.Abstractions.IReflectionAssemblyInfo)?.Assembly ?? Assembly.Load(new AssemblyName(info.Name));
            var run = await XunitBddHost.GetAsync(assembly, featuresPath).ConfigureAwait(false);
            return Map(await run.RunPickleAsync(run.GetPickle(pickleId), cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            return new XunitScenarioOutcome(XunitScenarioOutcome.OutcomeKind.Failed, 0, string.Empty, ex.Message,
                new ScenarioFailedException($"The scenario could not run: {ex.GetType().Name}: {ex.Message}", ex));
        }
    }

    internal static XunitScenarioOutcome Map(PickleOutcome outcome)
    {
        var seconds = (decimal)outcome.Duration.TotalSeconds;
        var message = outcome.Message ?? string.Empty;
        var kind = outcome.Outcome switch
        {
            TestOutcome.Passed => XunitScenarioOutcome.OutcomeKind.Passed,
            TestOutcome.Skipped => XunitScenarioOutcome.OutcomeKind.Skipped,
            _ => XunitScenarioOutcome.OutcomeKind.Failed,
        };
        var exception = kind == XunitScenarioOutcome.OutcomeKind.Failed ? new ScenarioFailedException(message, outcome.Error) : null;
        return new XunitScenarioOutcome(kind, seconds, outcome.Output, message, exception);
    }
}
