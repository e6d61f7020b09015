using System.Collections.Specialized;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Reporting;
using MfaConformance.Bdd.Results;
using Reqnroll;
using Reqnroll.BoDi;
using Reqnroll.Configuration;
namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// One test run on Reqnroll's runtime: the features (parsed with Gherkin), one Reqnroll global container and
/// <see cref="ITestRunnerManager"/> of its own (so several runs can live in one process: verify, accept, the kill
/// matrix, tests), the run's Reqnroll formatters, and the results built from the run's Cucumber messages.
/// Order: <see cref="Create"/>, <see cref="RegisterInstance{T}"/> (test-run services such as the target),
/// <see cref="StartAsync"/> ([BeforeTestRun]), pickles (<see cref="RunPickleAsync"/>, <see cref="CreateExecution"/>),
/// <see cref="FinishAsync"/> ([AfterFeature], [AfterTestRun], reports).
/// </summary>
public sealed class BddRun : IAsyncDisposable
{
    private readonly Dictionary<string, GherkinPickle> _byId;
    private readonly Dictionary<GherkinFeature, RunFeature> _features = [];
    private readonly ResultsCollector _results;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _traceIds = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly List<string> _runErrors = [];
    private readonly IReadOnlyList<LoadedFeature> _loaded;
    private RunFeature? _flows;
    private Task? _start;
    private Task<TestRunResult>? _finish;

    private BddRun(BddOptions options, IReadOnlyList<LoadedFeature> loaded, IReadOnlyList<GherkinPickle> selected, bool collectResults)
    {
        Options = options;
        _loaded = loaded;
        AllPickles = [.. loaded.SelectMany(f => f.Pickles)];
        Pickles = selected;
        _byId = AllPickles.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var feature in loaded)
        {
            var pickles = feature.Pickles.Where(selected.Contains).ToList();
            if (pickles.Count > 0)
            {
                _features[feature.Feature] = new RunFeature(feature, pickles);
            }
        }

        _results = new ResultsCollector(loaded, options.ScenarioFinished);
        var reports = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "html", "message" })
        {
            if (options.ReportPath(name) is { } path)
            {
                reports[name] = path;
            }
        }

        var plugin = new BddRuntimePlugin(new BddFormattersConfiguration(reports, collectResults), _results, Diagnostics, options.TraceSteps);
        var configuration = new JsonStringRuntimeConfigurationProvider(options.ReqnrollJson.ToJsonString());
        TestRunContainer = new BddContainerBuilder(plugin, Diagnostics).CreateGlobalContainer(options.TestAssembly, configuration);
        Manager = TestRunContainer.Resolve<ITestRunnerManager>();
        Manager.Initialize(options.TestAssembly);
    }

    public BddOptions Options { get; }

    /// <summary>Every pickle of every feature, in file order.</summary>
    public IReadOnlyList<GherkinPickle> AllPickles { get; }

    /// <summary>The pickles this run executes (<see cref="BddOptions.TagFilter"/>, and the ids given to <see cref="Create"/>).</summary>
    public IReadOnlyList<GherkinPickle> Pickles { get; }

    /// <summary>Reqnroll's global (test-run) container: [BeforeTestRun] hooks receive it as IObjectContainer.</summary>
    public IObjectContainer TestRunContainer { get; }

    /// <summary>Reqnroll's run-level trace (configuration, plugin loading, warnings).</summary>
    public RunDiagnostics Diagnostics { get; } = new();

    /// <summary>The [BeforeTestRun] failure, when there was one: every scenario then fails with it.</summary>
    public Exception? StartError { get; private set; }

    internal ITestRunnerManager Manager { get; }

    /// <summary>
    /// Loads the features and builds the Reqnroll runtime. <paramref name="pickleIds"/> limits the run to those pickles
    /// (the xUnit integration passes the test cases it was asked to run). <paramref name="collectResults"/> false
    /// (load) turns Reqnroll's messages off altogether when no report file is configured either.
    /// Throws <see cref="BddFeatureException"/> (bad/missing .feature) or <see cref="ArgumentException"/> (bad tag filter).
    /// </summary>
    public static BddRun Create(BddOptions options, IEnumerable<string>? pickleIds = null, bool collectResults = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filter = options.TagFilter is { Length: > 0 } text ? TagExpression.Parse(text) : null;
        var loaded = FeatureLoader.LoadAll(options.FeaturePaths, options.BaseDirectory, options.FeatureLanguage);
        var ids = pickleIds?.ToHashSet(StringComparer.Ordinal);
        var selected = loaded.SelectMany(f => f.Pickles).Where(p => (filter?.Evaluate(p.Tags) ?? true) && (ids?.Contains(p.Id) ?? true)).ToList();
        return new BddRun(options, loaded, selected, collectResults);
    }

    /// <summary>Every pickle of the features of <paramref name="options"/>, in file order, without a Reqnroll runtime (nothing runs).</summary>
    public static IReadOnlyList<GherkinPickle> ReadPickles(BddOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. FeatureLoader.LoadAll(options.FeaturePaths, options.BaseDirectory, options.FeatureLanguage).SelectMany(f => f.Pickles)];
    }

    /// <summary>
    /// Creates a run of every selected pickle, lets <paramref name="prepare"/> register test-run instances (the target),
    /// runs it and returns the results (the report files are written).
    /// </summary>
    public static async Task<TestRunResult> RunAsync(BddOptions options, Action<BddRun>? prepare = null, CancellationToken cancellationToken = default)
    {
        await using var run = Create(options);
        prepare?.Invoke(run);
        return await run.RunAllAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Registers a test-run instance (Reqnroll's <c>IObjectContainer.RegisterInstanceAs</c> on the global container): every scenario can receive it.</summary>
    public void RegisterInstance<T>(T instance)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        TestRunContainer.RegisterInstanceAs(instance);
    }

    /// <summary>The pickle with this id ("{file}:{line}"); throws <see cref="KeyNotFoundException"/> naming it.</summary>
    public GherkinPickle GetPickle(string id) =>
        _byId.TryGetValue(id, out var pickle) ? pickle : throw new KeyNotFoundException($"No scenario with id '{id}' in the loaded features.");

    /// <summary>
    /// Pickles by tag expression (when the text starts with '@', "not " or '(') or else by name: exact display name,
    /// exact scenario name, or a case-insensitive part of the display name.
    /// </summary>
    public IReadOnlyList<GherkinPickle> FindPickles(string nameOrTagExpression) => PickleFinder.Find(AllPickles, nameOrTagExpression);

    /// <summary>The step definition a pickle step binds to (the run must be started: Reqnroll builds its binding registry then).</summary>
    public StepBinding? FindBinding(GherkinPickleStep step) =>
        StepBinding.Find(TestRunContainer.Resolve<Reqnroll.Bindings.IBindingRegistry>(), step);

    /// <summary>Starts the test run once (Reqnroll's OnTestRunStart: [BeforeTestRun] hooks; the formatters start writing).</summary>
    public Task StartAsync()
    {
        lock (_gate)
        {
            return _start ??= StartCoreAsync();
        }
    }

    /// <summary>Remembers the trace id of a pickle's (last) execution for its results.</summary>
    internal void RecordTraceId(string pickleId, string traceId) => _traceIds[pickleId] = traceId;

    /// <summary>A pickle's execution, to run whole or step by step (load).</summary>
    public PickleExecution CreateExecution(GherkinPickle pickle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pickle);
        var feature = _features.GetValueOrDefault(pickle.Feature) ?? throw new ArgumentException($"'{pickle.DisplayName}' is not selected in this run.", nameof(pickle));
        var featureTags = pickle.Feature.Tags.Concat(pickle.RuleTags).ToArray();
        var own = pickle.Tags.Where(t => !featureTags.Contains(t, StringComparer.Ordinal)).ToArray();
        var info = new ScenarioInfo(pickle.Name, string.Empty, own, PickleExecution.ArgumentsOf(pickle), featureTags, feature.IndexOf(pickle));
        var rule = pickle.RuleName is null ? null : new RuleInfo(pickle.RuleName, string.Empty, [.. pickle.RuleTags]);
        return new PickleExecution(this, feature, pickle, info, rule, cancellationToken);
    }

    /// <summary>
    /// A Reqnroll scenario without Gherkin steps (a C# load flow): its container gives the binding classes, contexts
    /// and drivers by constructor injection, exactly as for a conformance scenario.
    /// </summary>
    public PickleExecution CreateScope(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_gate)
        {
            _flows ??= RunFeature.Synthetic("C# scenarios");
        }

        return new PickleExecution(this, _flows, null, new ScenarioInfo(name, string.Empty, [], new OrderedDictionary(), [], "0"), null, cancellationToken);
    }

    /// <summary>Runs one whole pickle as the generated test method would (the run is started first).</summary>
    public async Task<PickleOutcome> RunPickleAsync(GherkinPickle pickle, CancellationToken cancellationToken = default)
    {
        await StartAsync().ConfigureAwait(false);
        await using var execution = CreateExecution(pickle, cancellationToken);
        return await execution.RunToEndAsync().ConfigureAwait(false);
    }

    /// <summary>Starts, runs every selected pickle (in parallel up to MaxParallelism), finishes.</summary>
    public async Task<TestRunResult> RunAllAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync().ConfigureAwait(false);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Pickles, options, async (pickle, ct) => await RunPickleAsync(pickle, ct).ConfigureAwait(false)).ConfigureAwait(false);
        return await FinishAsync().ConfigureAwait(false);
    }

    /// <summary>Ends the run once (remaining [AfterFeature], [AfterTestRun], formatters closed), writes JUnit, returns the results.</summary>
    public Task<TestRunResult> FinishAsync()
    {
        lock (_gate)
        {
            return _finish ??= FinishCoreAsync();
        }
    }

    public async ValueTask DisposeAsync() => await FinishAsync().ConfigureAwait(false);

    internal async Task OnPickleDoneAsync(RunFeature feature)
    {
        if (!feature.Done())
        {
            return;
        }

        try
        {
            // the generated class clean-up: TestRunnerManager.ReleaseFeatureAsync(featureInfo)
            await Manager.EndFeatureForAvailableTestRunnersAsync(feature.Info).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            AddRunError($"[AfterFeature] of '{feature.Feature.Title}' failed: {ex.Message}");
        }
    }

    private async Task StartCoreAsync()
    {
        try
        {
            await Manager.FireTestRunStartAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            StartError = ex;
            AddRunError($"[BeforeTestRun] failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<TestRunResult> FinishCoreAsync()
    {
        await StartAsync().ConfigureAwait(false);
        try
        {
            await Manager.DisposeAsync().ConfigureAwait(false);
        }
        catch (AggregateException ex)
        {
            foreach (var inner in ex.InnerExceptions)
            {
                AddRunError($"{inner.GetType().Name}: {inner.Message}");
            }
        }
        catch (Exception ex)
        {
            AddRunError($"[AfterTestRun] failed: {ex.GetType().Name}: {ex.Message}");
        }

        var result = _results.Build(_runErrors, _traceIds);
        if (Options.ReportPath("junit") is { } junit)
        {
            try
            {
                JUnitXmlFormatter.WriteFile(result, junit, Options.ReportProperties);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                AddRunError($"Writing '{junit}' failed: {ex.Message}");
                result = _results.Build(_runErrors, _traceIds);
            }
        }

        return result;
    }

    private void AddRunError(string error)
    {
        lock (_gate)
        {
            _runErrors.Add(error);
        }
    }
}
