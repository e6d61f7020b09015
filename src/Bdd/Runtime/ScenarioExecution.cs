using System.Diagnostics;

namespace MfaConformance.Bdd;

/// <summary>
/// One pickle executed step by step (used by the runner, the xUnit integration and the load engine):
/// <see cref="StartAsync"/> runs [BeforeScenario] hooks, <see cref="RunStepAsync"/> runs one step with its step hooks,
/// <see cref="CompleteAsync"/> (or DisposeAsync) runs [AfterScenario] hooks and disposes the scenario's objects.
/// One execution is used by one flow at a time; many executions may run concurrently.
/// </summary>
public sealed partial class ScenarioExecution : IAsyncDisposable
{
    private readonly BddRuntime _runtime;
    private readonly FeatureState _feature;
    private readonly ScenarioContainer _container;
    private readonly StepResult?[] _stepResults;
    private readonly List<StepResult> _beforeHookFailures = [];
    private readonly List<StepResult> _hookFailures = [];
    private readonly List<string> _undefinedMessages = [];
    private (TestOutcome Outcome, string Message, Exception? Error)? _decision;
    private bool _started;
    private bool _hooksStarted;
    private ScenarioResult? _result;
    private long _startTimestamp;
    private DateTimeOffset _startedAt;

    internal ScenarioExecution(BddRuntime runtime, GherkinPickle pickle, FeatureState feature)
    {
        _runtime = runtime;
        _feature = feature;
        Pickle = pickle;
        _stepResults = new StepResult?[pickle.Steps.Count];
        _container = new ScenarioContainer(runtime.Services, runtime.Constructors);
        ScenarioContext = new ScenarioContext(new ScenarioInfo(pickle.Name, pickle.Tags, pickle.Arguments), feature.Context);
        _container.Register(typeof(ScenarioContext), ScenarioContext);
        _container.Register(typeof(FeatureContext), feature.Context);
        _container.Register(typeof(ScenarioExecution), this);
    }

    public GherkinPickle Pickle { get; }

    public ScenarioContext ScenarioContext { get; }

    public IReadOnlyList<GherkinPickleStep> Steps => Pickle.Steps;

    /// <summary>Results of the steps run so far (null for steps not run yet).</summary>
    public IReadOnlyList<StepResult?> StepResults => _stepResults;

    /// <summary>The outcome so far: the first non-passing step or hook decides it.</summary>
    public TestOutcome Outcome => _decision?.Outcome ?? TestOutcome.Passed;

    /// <summary>Registers a scenario-scoped instance (before <see cref="StartAsync"/>); it wins over test-run instances.</summary>
    public void RegisterInstance<T>(T instance)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        _container.Register(typeof(T), instance);
    }

    /// <summary>Registers a scenario-scoped instance under <paramref name="serviceType"/>.</summary>
    public void RegisterInstance(Type serviceType, object instance)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        ArgumentNullException.ThrowIfNull(instance);
        _container.Register(serviceType, instance);
    }

    /// <summary>The scenario's instance of <typeparamref name="T"/> (a binding class, a context...), created if needed.</summary>
    public T Resolve<T>()
        where T : class => (T)_container.Resolve(typeof(T));

    /// <summary>Runs the feature's [BeforeFeature] hooks (once per run) and the [BeforeScenario] hooks.</summary>
    public async Task<TestOutcome> StartAsync(CancellationToken cancellationToken = default)
    {
        if (_started)
        {
            throw new InvalidOperationException($"Scenario '{Pickle.DisplayName}' was already started.");
        }

        _started = true;
        _startedAt = _runtime.Options.TimeProvider.GetUtcNow();
        _startTimestamp = Stopwatch.GetTimestamp();
        if (_runtime.TestRunError is { } runError)
        {
            Decide(TestOutcome.Failed, $"[BeforeTestRun] hook failed: {runError.Message}", runError);
        }
        else if (_runtime.StopRequested)
        {
            Decide(TestOutcome.Skipped, "Not run: runtime.stopAtFirstError is on and an earlier scenario failed.", null);
        }
        else if (!_runtime.Options.DryRun)
        {
            await _feature.EnsureStartedAsync(_runtime.RunBeforeFeatureAsync).ConfigureAwait(false);
            if (_feature.Error is { } featureError)
            {
                Decide(TestOutcome.Failed, $"[BeforeFeature] hook failed: {featureError.Message}", featureError);
            }
            else
            {
                _hooksStarted = true;
                await RunScenarioHooksAsync(HookType.BeforeScenario, cancellationToken).ConfigureAwait(false);
            }
        }

        return Outcome;
    }

    /// <summary>Runs the [AfterScenario] hooks (also after a failure), disposes the scenario objects, returns the result.</summary>
    public async Task<ScenarioResult> CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_result is not null)
        {
            return _result;
        }

        if (!_started)
        {
            await StartAsync(cancellationToken).ConfigureAwait(false);
        }

        ScenarioContext.CurrentStep = null;
        if (_hooksStarted)
        {
            await RunScenarioHooksAsync(HookType.AfterScenario, CancellationToken.None).ConfigureAwait(false);
        }

        try
        {
            await _container.DisposeAsync().ConfigureAwait(false);
        }
        catch (AggregateException ex)
        {
            Decide(TestOutcome.Failed, $"Disposing scenario objects failed: {ex.InnerException?.Message}", ex.InnerException);
        }

        _result = BuildResult();
        _runtime.Record(_result);
        return _result;
    }

    public async ValueTask DisposeAsync() => await CompleteAsync().ConfigureAwait(false);

    private void Decide(TestOutcome outcome, string message, Exception? error)
    {
        if (_decision is not null)
        {
            return;
        }

        _decision = (outcome, message, error);
        ScenarioContext.TestError ??= error;
        ScenarioContext.ScenarioExecutionStatus = outcome switch
        {
            TestOutcome.Failed => ScenarioExecutionStatus.TestError,
            TestOutcome.Undefined => ScenarioExecutionStatus.UndefinedStep,
            TestOutcome.Ambiguous => ScenarioExecutionStatus.BindingError,
            TestOutcome.Pending => ScenarioExecutionStatus.StepDefinitionPending,
            TestOutcome.Skipped => ScenarioExecutionStatus.Skipped,
            _ => ScenarioExecutionStatus.OK,
        };
        if (outcome == TestOutcome.Failed)
        {
            _runtime.OnScenarioFailed();
        }
    }

    private ScenarioResult BuildResult()
    {
        var steps = _stepResults.Select((r, i) => r ?? new StepResult
        {
            Keyword = Pickle.Steps[i].Keyword,
            Text = Pickle.Steps[i].Text,
            Line = Pickle.Steps[i].Line,
            Outcome = TestOutcome.Skipped,
        });
        var message = _decision?.Message;
        if (_decision?.Outcome == TestOutcome.Undefined && _undefinedMessages.Count > 1)
        {
            message = string.Join(Environment.NewLine + Environment.NewLine, _undefinedMessages);
        }

        return new ScenarioResult
        {
            PickleId = Pickle.Id,
            Name = Pickle.Name,
            DisplayName = Pickle.DisplayName,
            FeatureTitle = Pickle.Feature.Title,
            Tags = Pickle.Tags,
            RowValues = Pickle.RowValues,
            Language = Pickle.Language,
            Outcome = Outcome,
            SkipReason = Outcome == TestOutcome.Skipped ? message : null,
            ErrorMessage = Outcome is TestOutcome.Passed or TestOutcome.Skipped ? null : message,
            Error = _decision?.Error,
            StartedAt = _startedAt,
            Duration = Stopwatch.GetElapsedTime(_startTimestamp),
            Steps = [.. _beforeHookFailures, .. steps, .. _hookFailures],
        };
    }
}
