using Io.Cucumber.Messages.Types;

namespace MfaConformance.Bdd.Reporting;

/// <summary>The envelopes of a run that results are made of, indexed by id.</summary>
internal sealed class MessageLog
{
    public Dictionary<string, Pickle> Pickles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> BindingNames { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HookType> HookTypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TestCase> TestCases { get; } = new(StringComparer.Ordinal);

    /// <summary>Test case attempts in the order they started.</summary>
    public List<TestCaseStarted> Started { get; } = [];

    public Dictionary<(string Started, string Step), TestStepResult> StepResults { get; } = [];

    public Dictionary<(string Started, string Step), List<Attachment>> Attachments { get; } = [];

    public Dictionary<string, Timestamp> Finished { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> RunHookIds { get; } = new(StringComparer.Ordinal);

    public List<(string HookId, TestStepResult Result)> RunHookResults { get; } = [];

    public Timestamp? RunStarted { get; private set; }

    public TestRunFinished? RunFinished { get; private set; }

    public void Add(Envelope e)
    {
        if (e.Pickle is { } pickle)
        {
            Pickles[pickle.Id] = pickle;
        }
        else if (e.StepDefinition is { } definition)
        {
            BindingNames[definition.Id] = NameOf(definition.SourceReference) ?? definition.Pattern.Source;
        }
        else if (e.Hook is { } hook)
        {
            BindingNames[hook.Id] = hook.Name ?? NameOf(hook.SourceReference) ?? hook.Type.ToString();
            HookTypes[hook.Id] = hook.Type;
        }
        else if (e.TestCase is { } testCase)
        {
            TestCases[testCase.Id] = testCase;
        }
        else if (e.TestCaseStarted is { } started)
        {
            Started.Add(started);
        }
        else if (e.TestStepFinished is { } step)
        {
            StepResults[(step.TestCaseStartedId, step.TestStepId)] = step.TestStepResult;
        }
        else if (e.Attachment is { TestCaseStartedId: { } startedId } attachment)
        {
            var key = (startedId, attachment.TestStepId ?? string.Empty);
            if (!Attachments.TryGetValue(key, out var list))
            {
                Attachments[key] = list = [];
            }

            list.Add(attachment);
        }
        else if (e.TestCaseFinished is { } finished)
        {
            Finished[finished.TestCaseStartedId] = finished.Timestamp;
        }
        else if (e.TestRunHookStarted is { } hookStarted)
        {
            RunHookIds[hookStarted.Id] = hookStarted.HookId;
        }
        else if (e.TestRunHookFinished is { } hookFinished)
        {
            RunHookResults.Add((RunHookIds.GetValueOrDefault(hookFinished.TestRunHookStartedId) ?? string.Empty, hookFinished.Result));
        }
        else if (e.TestRunStarted is { } runStarted)
        {
            RunStarted = runStarted.Timestamp;
        }
        else if (e.TestRunFinished is { } runFinished)
        {
            RunFinished = runFinished;
        }
    }

    private static string? NameOf(SourceReference? reference) =>
        reference?.JavaMethod is { } method ? $"{method.ClassName}.{method.MethodName}" : reference?.Uri;
}
