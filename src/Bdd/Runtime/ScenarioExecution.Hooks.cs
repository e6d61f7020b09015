using System.Diagnostics;

namespace MfaConformance.Bdd;

public sealed partial class ScenarioExecution
{
    private async Task RunScenarioHooksAsync(HookType type, CancellationToken cancellationToken, bool throwOnError = false)
    {
        foreach (var hook in _runtime.Registry.HooksOf(type))
        {
            if (!hook.AppliesTo(Pickle.Tags))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            try
            {
                var target = hook.Invoker.IsStatic ? null : _container.Resolve(hook.Invoker.Method.DeclaringType!);
                var args = hook.Invoker.Parameters.Select(p => _container.Resolve(p.ParameterType)).ToArray();
                await hook.Invoker.InvokeAsync(target, args).ConfigureAwait(false);
            }
            catch (Exception ex) when (!throwOnError)
            {
                var outcome = Classify(ex);
                var message = outcome == TestOutcome.Skipped
                    ? ((ScenarioSkippedException)ex).Reason
                    : $"[{type}] hook {hook.Invoker.Description} failed: {ex.GetType().Name}: {ex.Message}";
                Decide(outcome, message, ex);
                var (output, attachments) = ScenarioContext.TakeStepOutput();
                var failure = new StepResult
                {
                    Keyword = type + " ",
                    Text = hook.Invoker.Description,
                    Outcome = outcome,
                    Duration = Stopwatch.GetElapsedTime(started),
                    Error = ex,
                    ErrorMessage = message,
                    Output = output,
                    Attachments = attachments,
                };
                (type == HookType.BeforeScenario ? _beforeHookFailures : _hookFailures).Add(failure);
                if (type == HookType.BeforeScenario)
                {
                    return;
                }
            }
        }
    }
}
