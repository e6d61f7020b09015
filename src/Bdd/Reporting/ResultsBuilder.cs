using Io.Cucumber.Messages.Types;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Results;
namespace MfaConformance.Bdd.Reporting;

/// <summary>Turns a run's Cucumber messages into <see cref="TestRunResult"/>: one scenario per executed pickle, in file order.</summary>
internal sealed class ResultsBuilder(IReadOnlyList<LoadedFeature> features, MessageLog log, IReadOnlyDictionary<string, string>? traceIds = null)
{
    private const string LogMediaType = "text/x.cucumber.log+plain";

    public TestRunResult Build(IReadOnlyList<string> runErrors)
    {
        var attempts = log.Started
            .Where(s => log.TestCases.ContainsKey(s.TestCaseId))
            .GroupBy(s => log.TestCases[s.TestCaseId].PickleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var results = features
            .Select(f => new FeatureResult
            {
                Feature = f.Feature,
                Scenarios = [.. f.Pickles.Where(p => attempts.ContainsKey(p.Message.Id)).Select(p => Scenario(p, attempts[p.Message.Id]))],
            })
            .Where(f => f.Scenarios.Count > 0)
            .ToList();
        var started = log.RunStarted is { } s0 ? ToTime(s0) : DateTimeOffset.MinValue;
        var finished = log.RunFinished?.Timestamp is { } s1 ? ToTime(s1) : started;
        return new TestRunResult
        {
            Features = results,
            StartedAt = started,
            Duration = finished - started,
            RunErrors = [.. runErrors, .. RunHookErrors()],
        };
    }

    private IEnumerable<string> RunHookErrors() =>
        log.RunHookResults
            .Where(r => r.Result.Status is not (TestStepResultStatus.PASSED or TestStepResultStatus.SKIPPED))
            .Select(r => $"{log.HookTypes.GetValueOrDefault(r.HookId)} hook {log.BindingNames.GetValueOrDefault(r.HookId)} failed: {r.Result.Exception?.Message ?? r.Result.Message}");

    private ScenarioResult Scenario(GherkinPickle pickle, TestCaseStarted attempt)
    {
        var testCase = log.TestCases[attempt.TestCaseId];
        var stepsById = pickle.Steps.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var steps = testCase.TestSteps.Select(ts => Step(attempt.Id, ts, stepsById)).ToList();
        var outcome = TestRunResult.Worst(steps.Select(s => s.Outcome));
        var failing = steps.FirstOrDefault(s => s.Outcome is not (TestOutcome.Passed or TestOutcome.Skipped));
        var skipped = steps.FirstOrDefault(s => s.Outcome == TestOutcome.Skipped && s.ErrorMessage is not null);
        var start = ToTime(attempt.Timestamp);
        var end = log.Finished.TryGetValue(attempt.Id, out var f) ? ToTime(f) : start;
        return new ScenarioResult
        {
            PickleId = pickle.Id,
            Name = pickle.Name,
            DisplayName = pickle.DisplayName,
            FeatureTitle = pickle.Feature.Title,
            Tags = pickle.Tags,
            Outcome = outcome,
            SkipReason = outcome == TestOutcome.Skipped ? skipped?.ErrorMessage ?? "skipped" : null,
            ErrorMessage = failing is null || outcome is TestOutcome.Passed or TestOutcome.Skipped ? null : Describe(failing, pickle),
            ErrorType = failing?.ErrorType,
            ErrorTrace = outcome is TestOutcome.Passed or TestOutcome.Skipped ? null : failing?.ErrorTrace,
            StartedAt = start,
            Duration = end - start,
            Steps = steps,
            TraceId = traceIds?.GetValueOrDefault(pickle.Id),
        };
    }

    private StepResult Step(string startedId, TestStep testStep, Dictionary<string, GherkinPickleStep> pickleSteps)
    {
        var result = log.StepResults.GetValueOrDefault((startedId, testStep.Id));
        var attachments = log.Attachments.GetValueOrDefault((startedId, testStep.Id)) ?? [];
        var isHook = testStep.HookId is not null;
        var pickleStep = testStep.PickleStepId is { } id ? pickleSteps.GetValueOrDefault(id) : null;
        var binding = isHook ? log.BindingNames.GetValueOrDefault(testStep.HookId!)
            : testStep.StepDefinitionIds is [var only] ? log.BindingNames.GetValueOrDefault(only) : null;
        return new StepResult
        {
            Keyword = isHook ? HookKeyword(testStep.HookId!) : pickleStep?.Keyword ?? "* ",
            Text = isHook ? binding ?? "hook" : pickleStep?.Text ?? string.Empty,
            Line = pickleStep?.Line ?? 0,
            IsHook = isHook,
            Outcome = OutcomeOf(result?.Status),
            Duration = result?.Duration is { } d ? TimeSpan.FromTicks((d.Seconds * 10_000_000) + (d.Nanos / 100)) : TimeSpan.Zero,
            ErrorMessage = result?.Exception?.Message ?? (string.IsNullOrEmpty(result?.Message) ? null : result.Message),
            ErrorTrace = result?.Exception is { } exception ? $"{exception.Type}: {exception.Message?.Trim()}\n{exception.StackTrace}".TrimEnd() : null,
            ErrorType = result?.Exception?.Type,
            Output = [.. attachments.Where(a => a.MediaType == LogMediaType).Select(a => a.Body)],
        };
    }

    private string HookKeyword(string hookId) => log.HookTypes.GetValueOrDefault(hookId) switch
    {
        HookType.BEFORE_TEST_CASE => "BeforeScenario ",
        HookType.AFTER_TEST_CASE => "AfterScenario ",
        HookType.BEFORE_TEST_STEP => "BeforeStep ",
        HookType.AFTER_TEST_STEP => "AfterStep ",
        _ => "Hook ",
    };

    /// <summary>What went wrong first (the assertion's message), then where.</summary>
    private static string Describe(StepResult step, GherkinPickle pickle)
    {
        var what = step.ErrorMessage ?? step.Outcome switch
        {
            TestOutcome.Undefined => "no step definition matches this step",
            TestOutcome.Pending => "the step is pending",
            TestOutcome.Ambiguous => "more than one step definition matches this step",
            _ => "failed",
        };
        var where = step.IsHook ? $"a {step.Keyword.Trim()} hook ({step.Text})" : $"step '{step.Keyword.Trim()} {step.Text}' (line {step.Line})";
        return $"{what}{Environment.NewLine}  at {where} of {pickle.Feature.FilePath}:{pickle.Line}";
    }

    private static TestOutcome OutcomeOf(TestStepResultStatus? status) => status switch
    {
        TestStepResultStatus.PASSED => TestOutcome.Passed,
        TestStepResultStatus.FAILED => TestOutcome.Failed,
        TestStepResultStatus.UNDEFINED => TestOutcome.Undefined,
        TestStepResultStatus.AMBIGUOUS => TestOutcome.Ambiguous,
        TestStepResultStatus.PENDING => TestOutcome.Pending,
        TestStepResultStatus.SKIPPED => TestOutcome.Skipped,
        _ => TestOutcome.Failed,
    };

    private static DateTimeOffset ToTime(Timestamp t) => DateTimeOffset.FromUnixTimeSeconds(t.Seconds).AddTicks(t.Nanos / 100);
}
