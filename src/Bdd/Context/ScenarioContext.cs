namespace MfaConformance.Bdd;

/// <summary>Per-scenario context, injectable into bindings and hooks. One instance per scenario; never static.</summary>
public sealed class ScenarioContext
{
    private readonly List<ScenarioAttachment> _attachments = [];
    private readonly List<string> _output = [];
    private readonly Lock _gate = new();

    public ScenarioContext(ScenarioInfo scenarioInfo, FeatureContext featureContext)
    {
        ScenarioInfo = scenarioInfo;
        FeatureContext = featureContext;
    }

    public ScenarioInfo ScenarioInfo { get; }

    public FeatureContext FeatureContext { get; }

    /// <summary>The first error of the scenario (a failing step or hook), or null.</summary>
    public Exception? TestError { get; internal set; }

    /// <summary>The step being executed (null outside steps).</summary>
    public StepInfo? CurrentStep { get; internal set; }

    public ScenarioExecutionStatus ScenarioExecutionStatus { get; internal set; } = ScenarioExecutionStatus.OK;

    /// <summary>Marks the current step as pending.</summary>
    public void Pending() => throw new PendingStepException();

    /// <summary>Stops the scenario and reports it as skipped with the reason (e.g. a capability the target lacks).</summary>
    public void Skip(string reason) => throw new ScenarioSkippedException(reason);

    /// <summary>A line of output for the current step (shown in the console and reports).</summary>
    public void WriteLine(string text)
    {
        lock (_gate)
        {
            _output.Add(text);
        }
    }

    /// <summary>Attaches already-redacted text to the current step.</summary>
    public void Attach(string name, string mediaType, string content)
    {
        lock (_gate)
        {
            _attachments.Add(new ScenarioAttachment(name, mediaType, content));
        }
    }

    /// <summary>Takes (and clears) what was written or attached since the last call; used by the runner per step.</summary>
    internal (IReadOnlyList<string> Output, IReadOnlyList<ScenarioAttachment> Attachments) TakeStepOutput()
    {
        lock (_gate)
        {
            var result = (_output.ToArray(), _attachments.ToArray());
            _output.Clear();
            _attachments.Clear();
            return result;
        }
    }
}
