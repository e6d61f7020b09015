using System.Diagnostics;

namespace MfaConformance.Bdd;

public sealed partial class ScenarioExecution
{
    /// <summary>
    /// Runs step <paramref name="index"/> with its [BeforeStep]/[AfterStep] hooks and returns its result. After a
    /// non-passing step, later steps are reported Skipped without running (undefined/ambiguous ones still as such).
    /// </summary>
    public async Task<StepResult> RunStepAsync(int index, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Pickle.Steps.Count);
        if (!_started)
        {
            await StartAsync(cancellationToken).ConfigureAwait(false);
        }

        var step = Pickle.Steps[index];
        var started = Stopwatch.GetTimestamp();
        var match = _runtime.Matcher.Match(step);
        ScenarioContext.CurrentStep = new StepInfo(step.BindingKeyword, step.Keyword, step.Text);
        StepResult result;
        if (match.IsUndefined)
        {
            var snippet = StepSnippetGenerator.Generate(step);
            var message = $"Step '{step.Keyword.Trim()} {step.Text}' is undefined. Add this binding:{Environment.NewLine}{snippet}";
            _undefinedMessages.Add(message);
            Decide(TestOutcome.Undefined, message, null);
            result = Result(step, TestOutcome.Undefined, started, message: message, snippet: snippet);
        }
        else if (match.IsAmbiguous)
        {
            var message = $"Step '{step.Keyword.Trim()} {step.Text}' is ambiguous; it matches {match.Candidates.Count} bindings: "
                + string.Join("; ", match.Candidates.Select(c => c.Description));
            Decide(TestOutcome.Ambiguous, message, null);
            result = Result(step, TestOutcome.Ambiguous, started, message: message);
        }
        else if (match.Problem is not null)
        {
            var error = new BddBindingException(match.Problem);
            Decide(TestOutcome.Failed, $"Step '{step.Keyword.Trim()} {step.Text}' failed: {match.Problem}", error);
            result = Result(step, TestOutcome.Failed, started, error, match.Problem, binding: match.Binding);
        }
        else if (_runtime.Options.DryRun || _decision is not null)
        {
            result = Result(step, TestOutcome.Skipped, started, binding: match.Binding);
        }
        else
        {
            cancellationToken.ThrowIfCancellationRequested();
            result = await ExecuteAsync(step, match, started, cancellationToken).ConfigureAwait(false);
        }

        _stepResults[index] = result;
        return result;
    }

    private async Task<StepResult> ExecuteAsync(GherkinPickleStep step, StepMatch match, long started, CancellationToken cancellationToken)
    {
        var outcome = TestOutcome.Passed;
        Exception? error = null;
        try
        {
            await RunScenarioHooksAsync(HookType.BeforeStep, cancellationToken, throwOnError: true).ConfigureAwait(false);
            var binding = match.Binding!;
            var target = binding.Invoker.IsStatic ? null : _container.Resolve(binding.Invoker.Method.DeclaringType!);
            var args = _runtime.Binder.Bind(match, step, _container);
            await binding.Invoker.InvokeAsync(target, args).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            (outcome, error) = (Classify(ex), ex);
        }

        try
        {
            await RunScenarioHooksAsync(HookType.AfterStep, cancellationToken, throwOnError: true).ConfigureAwait(false);
        }
        catch (Exception ex) when (error is null)
        {
            (outcome, error) = (Classify(ex), ex);
        }

        var stepName = $"'{step.Keyword.Trim()} {step.Text}'";
        string? message = outcome switch
        {
            TestOutcome.Failed => $"Step {stepName} failed: {error!.GetType().Name}: {error.Message}",
            TestOutcome.Pending => $"Step {stepName} is pending: {error!.Message}",
            TestOutcome.Skipped => ((ScenarioSkippedException)error!).Reason,
            _ => null,
        };
        if (message is not null)
        {
            Decide(outcome, message, error);
        }

        return Result(step, outcome, started, error, outcome == TestOutcome.Skipped ? message : error?.Message, binding: match.Binding);
    }

    private static TestOutcome Classify(Exception ex) => ex switch
    {
        PendingStepException => TestOutcome.Pending,
        ScenarioSkippedException => TestOutcome.Skipped,
        _ => TestOutcome.Failed,
    };

    private StepResult Result(
        GherkinPickleStep step, TestOutcome outcome, long started, Exception? error = null, string? message = null,
        string? snippet = null, StepDefinitionBinding? binding = null)
    {
        var (output, attachments) = ScenarioContext.TakeStepOutput();
        return new StepResult
        {
            Keyword = step.Keyword,
            Text = step.Text,
            Line = step.Line,
            Outcome = outcome,
            Duration = Stopwatch.GetElapsedTime(started),
            Error = error,
            ErrorMessage = message,
            Snippet = snippet,
            BindingMethod = binding?.Invoker.Description,
            Output = output,
            Attachments = attachments,
        };
    }
}
