using MfaConformance.Bdd.Results;
using Reqnroll;
using Reqnroll.ErrorHandling;
namespace MfaConformance.Bdd.Runtime;

/// <summary>Turns what the generated-code sequence ended with into a <see cref="PickleOutcome"/> with a readable message.</summary>
internal static class ScenarioOutcomes
{
    public static PickleOutcome Classify(PickleExecution execution, Exception? error, ScenarioExecutionStatus status, string? where, string output, TimeSpan duration)
    {
        var pickle = execution.Pickle;
        if (error is null)
        {
            return new PickleOutcome(pickle, TestOutcome.Passed, null, null, output, duration);
        }

        if (error is ScenarioSkippedException skipped)
        {
            return new PickleOutcome(pickle, TestOutcome.Skipped, skipped.Reason, null, output, duration);
        }

        var outcome = error switch
        {
            ScenarioPendingException or MissingStepDefinitionException or PendingStepException when status == ScenarioExecutionStatus.UndefinedStep => TestOutcome.Undefined,
            ScenarioPendingException or PendingStepException or PendingScenarioException => TestOutcome.Pending,
            MissingStepDefinitionException => TestOutcome.Undefined,
            AmbiguousBindingException => TestOutcome.Ambiguous,
            _ => TestOutcome.Failed,
        };
        var scenario = pickle is null ? execution.Info.Title : $"{pickle.Feature.FilePath}:{pickle.Line}";
        var location = where is null ? string.Empty : $"{Environment.NewLine}  at {where} of {scenario}";
        return new PickleOutcome(pickle, outcome, error.Message + location, error, output, duration);
    }
}
