using System.Reflection;

namespace MfaConformance.Bdd;

/// <summary>Runs one pickle for xUnit and maps the outcome (pending/undefined through missingOrPendingStepsOutcome).</summary>
internal static class XunitScenarioRunner
{
    public static async Task<XunitScenarioOutcome> RunAsync(GherkinScenarioTestCase testCase, string featuresPath, string pickleId, CancellationToken cancellationToken)
    {
        try
        {
            var info = testCase.TestMethod.TestClass.TestCollection.TestAssembly.Assembly;
            var assembly = (info as Xunit.Abstractions.IReflectionAssemblyInfo)?.Assembly ?? Assembly.Load(new AssemblyName(info.Name));
            var runtime = await XunitBddHost.GetAsync(assembly, featuresPath).ConfigureAwait(false);
            var result = await runtime.RunScenarioAsync(runtime.GetPickle(pickleId), cancellationToken).ConfigureAwait(false);
            return Map(result, runtime.Options.MissingOrPendingStepsOutcome);
        }
        catch (Exception ex)
        {
            return new XunitScenarioOutcome(XunitScenarioOutcome.OutcomeKind.Failed, 0, string.Empty, ex.Message,
                new ScenarioFailedException($"The scenario could not run: {ex.GetType().Name}: {ex.Message}", ex));
        }
    }

    internal static XunitScenarioOutcome Map(ScenarioResult result, MissingOrPendingStepsOutcome missingOrPending)
    {
        var seconds = (decimal)result.Duration.TotalSeconds;
        var output = StepLog.Format(result);
        var message = result.ErrorMessage ?? result.SkipReason ?? string.Empty;
        var kind = result.Outcome switch
        {
            TestOutcome.Passed => XunitScenarioOutcome.OutcomeKind.Passed,
            TestOutcome.Skipped => XunitScenarioOutcome.OutcomeKind.Skipped,
            TestOutcome.Pending or TestOutcome.Undefined when missingOrPending != MissingOrPendingStepsOutcome.Error => XunitScenarioOutcome.OutcomeKind.Skipped,
            _ => XunitScenarioOutcome.OutcomeKind.Failed,
        };
        var exception = kind == XunitScenarioOutcome.OutcomeKind.Failed ? new ScenarioFailedException(message, result.Error) : null;
        return new XunitScenarioOutcome(kind, seconds, output, message, exception);
    }
}
