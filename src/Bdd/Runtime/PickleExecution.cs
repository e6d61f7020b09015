using System.Collections.Specialized;
using System.Diagnostics;
using MfaConformance.Bdd.Gherkin;
using Reqnroll;
namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// One pickle run through Reqnroll's public runtime API in the order Reqnroll's generated xUnit code uses:
/// <see cref="StartAsync"/> is the test initialize (test runner, feature switch, <c>OnScenarioInitialize</c>,
/// <c>OnScenarioStartAsync</c>), <see cref="RunStepAsync"/> one <c>GivenAsync/WhenAsync/ThenAsync/AndAsync/ButAsync</c>
/// per pickle step in pickle order, <see cref="CompleteAsync"/> the scenario clean-up (<c>CollectScenarioErrorsAsync</c>)
/// and test tear-down (<c>OnScenarioEndAsync</c>, release of the runner). Used whole by the runners and step by step by
/// the load engine. One execution is used by one flow at a time; many run concurrently.
/// </summary>
public sealed class PickleExecution : IAsyncDisposable
{
    private readonly BddRun _run;
    private readonly RunFeature _feature;
    private readonly ScenarioOutput _output = new();
    private readonly CancellationToken _cancellationToken;
    private readonly long _created = Stopwatch.GetTimestamp();
    private readonly Activity? _trace;
    private ITestRunner? _runner;
    private Exception? _setUpError;
    private Exception? _thrown;
    private string? _failedWhere;
    private bool _started;
    private bool _ignored;
    private PickleOutcome? _outcome;

    internal PickleExecution(BddRun run, RunFeature feature, GherkinPickle? pickle, ScenarioInfo info, RuleInfo? rule, CancellationToken cancellationToken)
    {
        _run = run;
        _feature = feature;
        Pickle = pickle;
        Info = info;
        Rule = rule;
        _cancellationToken = cancellationToken;
        // a Gherkin scenario is a trace (or, run as load, a span of its iteration's); a C# flow's scope is not: its
        // iteration's span (the load engine's) already is
        _trace = pickle is null ? null : ScenarioTracing.StartScenario(info.Title);
    }

    /// <summary>The scenario's W3C trace id (32 hex digits): every call it makes carries it in its traceparent header; null for a C# flow's scope.</summary>
    public string? TraceId => _trace?.TraceId.ToHexString();

    /// <summary>The pickle (null for a scenario scope without Gherkin, such as a C# load flow).</summary>
    public GherkinPickle? Pickle { get; }

    public ScenarioInfo Info { get; }

    public RuleInfo? Rule { get; }

    public IReadOnlyList<GherkinPickleStep> Steps => Pickle?.Steps ?? [];

    /// <summary>Reqnroll's status of the scenario so far (OK before it started).</summary>
    public ScenarioExecutionStatus Status => _runner?.ScenarioContext?.ScenarioExecutionStatus ?? ScenarioExecutionStatus.OK;

    /// <summary>True once started without a run, feature or before-scenario hook problem.</summary>
    public bool IsRunning => _started && _setUpError is null && _thrown is null && _runner?.ScenarioContext is not null;

    /// <summary>An object of the scenario's Reqnroll container (a binding class, a context, a driver), created if needed.</summary>
    public T Resolve<T>()
        where T : class =>
        _runner?.ScenarioContext?.ScenarioContainer.Resolve<T>() ?? throw new InvalidOperationException("The scenario has not started (or could not start).");

    /// <summary>The test initialize of the generated code, then <c>OnScenarioStartAsync</c> (or <c>SkipScenarioAsync</c> for @ignore).</summary>
    public async Task StartAsync()
    {
        if (_started)
        {
            throw new InvalidOperationException($"'{Info.Title}' was already started.");
        }

        _started = true;
        if (_trace is not null)
        {
            Activity.Current = _trace;
            _run.RecordTraceId(Pickle!.Id, _trace.TraceId.ToHexString());
        }

        if (_run.StartError is { } runError)
        {
            _setUpError = new InvalidOperationException($"[BeforeTestRun] failed: {runError.Message}", runError);
            return;
        }

        _runner = _run.Manager.GetTestRunner(_feature.Info);
        try
        {
            try
            {
                if (_runner.FeatureContext is not null && !_runner.FeatureContext.FeatureInfo.Equals(_feature.Info))
                {
                    await _runner.OnFeatureEndAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                if (_runner.FeatureContext is { BeforeFeatureHookFailed: true })
                {
                    throw new ReqnrollException("Scenario skipped because of previous before feature hook error");
                }

                if (_runner.FeatureContext is null)
                {
                    await _runner.OnFeatureStartAsync(_feature.Info).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex)
        {
            _setUpError = ex;
            _failedWhere = "a feature hook";
            return;
        }

        _runner.OnScenarioInitialize(Info, Rule);
        var container = _runner.ScenarioContext.ScenarioContainer;
        container.RegisterInstanceAs(_output);
        container.RegisterInstanceAs(new ScenarioCancellation(_cancellationToken));
        if (TagHelper.ContainsIgnoreTag(Info.CombinedTags))
        {
            _ignored = true;
            await _runner.SkipScenarioAsync().ConfigureAwait(false);
            return;
        }

        await Guard(_runner.OnScenarioStartAsync(), "a [BeforeScenario] hook").ConfigureAwait(false);
        if (Status != ScenarioExecutionStatus.OK)
        {
            _failedWhere ??= "a [BeforeScenario] hook";
        }
    }

    /// <summary>Runs pickle step <paramref name="index"/> (steps are matched to pickle steps by call order: call them in order).</summary>
    public async Task<StepOutcome> RunStepAsync(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Steps.Count);
        if (!_started)
        {
            await StartAsync().ConfigureAwait(false);
        }

        var step = Steps[index];
        if (_trace is not null)
        {
            Activity.Current = _trace;
        }

        if (!IsRunning || _ignored)
        {
            return new StepOutcome(step, Status, false, null);
        }

        if (_cancellationToken.IsCancellationRequested)
        {
            _thrown ??= new OperationCanceledException($"the scenario was cancelled before step {index + 1}", _cancellationToken);
            _failedWhere ??= Where(step);
            return new StepOutcome(step, Status, true, _thrown);
        }

        var before = Status;
        using var span = ScenarioTracing.Enabled ? ScenarioTracing.StartStep($"{step.Keyword.Trim()} {step.Text}") : null;
        var table = step.CreateTable();
        var call = step.KeywordType switch
        {
            Reqnroll.Bindings.StepDefinitionKeyword.Given => _runner!.GivenAsync(step.Text, step.DocString, table, step.Keyword),
            Reqnroll.Bindings.StepDefinitionKeyword.When => _runner!.WhenAsync(step.Text, step.DocString, table, step.Keyword),
            Reqnroll.Bindings.StepDefinitionKeyword.Then => _runner!.ThenAsync(step.Text, step.DocString, table, step.Keyword),
            Reqnroll.Bindings.StepDefinitionKeyword.But => _runner!.ButAsync(step.Text, step.DocString, table, step.Keyword),
            _ => _runner!.AndAsync(step.Text, step.DocString, table, step.Keyword),
        };
        await Guard(call, Where(step)).ConfigureAwait(false);
        var failedHere = before == ScenarioExecutionStatus.OK && Status != ScenarioExecutionStatus.OK;
        if (failedHere)
        {
            _failedWhere ??= Where(step);
            span?.SetStatus(ActivityStatusCode.Error, "the step failed");
        }

        return new StepOutcome(step, Status, failedHere, failedHere ? _runner?.ScenarioContext?.TestError ?? _thrown : null);
    }

    /// <summary>Every step not run yet, then <see cref="CompleteAsync"/>.</summary>
    public async Task<PickleOutcome> RunToEndAsync()
    {
        if (!_started)
        {
            await StartAsync().ConfigureAwait(false);
        }

        for (var i = 0; i < Steps.Count; i++)
        {
            await RunStepAsync(i).ConfigureAwait(false);
        }

        return await CompleteAsync().ConfigureAwait(false);
    }

    /// <summary>The scenario clean-up and tear-down of the generated code; the outcome.</summary>
    public async Task<PickleOutcome> CompleteAsync()
    {
        if (_outcome is not null)
        {
            return _outcome;
        }

        if (!_started)
        {
            await StartAsync().ConfigureAwait(false);
        }

        if (_trace is not null)
        {
            Activity.Current = _trace;
        }

        var error = _setUpError ?? _thrown;
        if (error is null && _runner?.ScenarioContext is not null)
        {
            try
            {
                await _runner.CollectScenarioErrorsAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                error = ex;
            }
        }

        var status = Status;
        if (_runner is not null)
        {
            try
            {
                await _runner.OnScenarioEndAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (error is null or ScenarioSkippedException)
            {
                (error, _failedWhere) = (ex, "an [AfterScenario] hook");
            }
            catch (Exception)
            {
                // the scenario already failed; Reqnroll's messages keep the after-scenario hook's own result
            }
            finally
            {
                _run.Manager.ReleaseTestRunnerToPool(_runner);
            }
        }

        await _run.OnPickleDoneAsync(_feature).ConfigureAwait(false);
        _outcome = ScenarioOutcomes.Classify(this, error, status, _failedWhere, _output.ToString(), Stopwatch.GetElapsedTime(_created)) with { TraceId = TraceId };
        if (_outcome.IsFailure)
        {
            _trace?.SetStatus(ActivityStatusCode.Error, _failedWhere);
        }

        _trace?.Stop();
        return _outcome;
    }

    public async ValueTask DisposeAsync() => await CompleteAsync().ConfigureAwait(false);

    private static string Where(GherkinPickleStep step) => $"step '{step.Keyword.Trim()} {step.Text}' (line {step.Line})";

    /// <summary>With runtime.stopAtFirstError Reqnroll rethrows a step's exception: the generated test method ends there.</summary>
    private async Task Guard(Task call, string where)
    {
        try
        {
            await call.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _thrown ??= ex;
            _failedWhere ??= where;
        }
    }

    internal static OrderedDictionary ArgumentsOf(GherkinPickle pickle)
    {
        var arguments = new OrderedDictionary();
        foreach (var (name, value) in pickle.Arguments)
        {
            arguments.Add(name, value);
        }

        return arguments;
    }
}
