using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace MfaConformance.Bdd;

/// <summary>
/// The host-neutral runner (used by xUnit, the CLI and the load engine): loads features and bindings once,
/// runs pickles (all, one, or step by step) and collects results for the formatters. No static state.
/// </summary>
public sealed partial class BddRuntime
{
    private readonly IReadOnlyList<LoadedFeature> _features;
    private readonly Dictionary<string, GherkinPickle> _byId;
    private readonly Dictionary<string, int> _order;
    private readonly Dictionary<string, FeatureState> _featureStates;
    private readonly ConcurrentDictionary<string, ScenarioResult> _results = new();
    private readonly TagExpression? _filter;
    private volatile bool _stopRequested;

    private BddRuntime(BddOptions options, IReadOnlyList<LoadedFeature> features, BindingRegistry registry)
    {
        Options = options;
        _features = features;
        _filter = options.TagFilter is { Length: > 0 } filter ? TagExpression.Parse(filter) : null;
        Registry = registry;
        Matcher = new StepMatcher(registry);
        Binder = new ArgumentBinder(registry, CultureOf(options.FeatureLanguage));
        AllPickles = [.. features.SelectMany(f => f.Pickles)];
        Pickles = [.. AllPickles.Where(p => _filter?.Evaluate(p.Tags) ?? true)];
        _byId = AllPickles.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _order = AllPickles.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _featureStates = features.ToDictionary(f => f.Uri, f => new FeatureState(new FeatureContext(f.Info)), StringComparer.Ordinal);
    }

    public BddOptions Options { get; }

    /// <summary>Test-run instances available to every scenario by constructor injection (same object as <see cref="BddOptions.Services"/>).</summary>
    public TestRunContext Services => Options.Services;

    /// <summary>Every pickle of every feature, in file order.</summary>
    public IReadOnlyList<GherkinPickle> AllPickles { get; }

    /// <summary>The pickles selected by <see cref="BddOptions.TagFilter"/>.</summary>
    public IReadOnlyList<GherkinPickle> Pickles { get; }

    internal BindingRegistry Registry { get; }

    internal StepMatcher Matcher { get; }

    internal ArgumentBinder Binder { get; }

    internal ConcurrentDictionary<Type, ConstructorInfo> Constructors { get; } = new();

    internal bool StopRequested => _stopRequested;

    /// <summary>
    /// Loads the features and the bindings. Throws <see cref="BddFeatureException"/> (bad/missing .feature),
    /// <see cref="BddBindingException"/> (invalid bindings, listed) or <see cref="ArgumentException"/> (bad tag filter).
    /// </summary>
    public static BddRuntime Create(BddOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var features = FeatureLoader.LoadAll(options.FeaturePaths, options.BaseDirectory, options.FeatureLanguage);
        var types = options.BindingTypes.Concat(options.BindingAssemblies.SelectMany(BindingRegistry.BindingTypesOf));
        return new BddRuntime(options, features, BindingRegistry.Build(types));
    }

    /// <summary>Registers a test-run instance (like Reqnroll's IObjectContainer.RegisterInstanceAs&lt;T&gt;).</summary>
    public void RegisterInstance<T>(T instance)
        where T : class => Services.RegisterInstance(instance);

    /// <summary>The pickle with this id ("{file}:{line}"); throws <see cref="KeyNotFoundException"/> naming it.</summary>
    public GherkinPickle GetPickle(string id) =>
        _byId.TryGetValue(id, out var pickle) ? pickle : throw new KeyNotFoundException($"No scenario with id '{id}' in the loaded features.");

    /// <summary>
    /// Pickles by tag expression (when the text starts with '@', "not " or '(') or else by name: exact display name,
    /// exact scenario name, or a case-insensitive part of the display name.
    /// </summary>
    public IReadOnlyList<GherkinPickle> FindPickles(string nameOrTagExpression)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrTagExpression);
        var text = nameOrTagExpression.Trim();
        if (text.StartsWith('@') || text.StartsWith('(') || text.StartsWith("not ", StringComparison.OrdinalIgnoreCase))
        {
            var expression = TagExpression.Parse(text);
            return [.. AllPickles.Where(p => expression.Evaluate(p.Tags))];
        }

        var exact = AllPickles.Where(p => p.DisplayName == text || p.Name == text).ToArray();
        return exact.Length > 0 ? exact : [.. AllPickles.Where(p => p.DisplayName.Contains(text, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>A step-by-step execution of <paramref name="pickle"/> (load engine); <paramref name="services"/> are registered by their runtime type.</summary>
    public ScenarioExecution CreateExecution(GherkinPickle pickle, IEnumerable<object>? services = null)
    {
        ArgumentNullException.ThrowIfNull(pickle);
        var state = _featureStates.TryGetValue(pickle.Feature.FilePath, out var s)
            ? s
            : throw new ArgumentException($"Scenario '{pickle.DisplayName}' does not belong to this runtime.", nameof(pickle));
        var execution = new ScenarioExecution(this, pickle, state);
        foreach (var service in services ?? [])
        {
            execution.RegisterInstance(service.GetType(), service);
        }

        return execution;
    }

    /// <summary>Runs one whole scenario (hooks, steps) and records its result for the reports.</summary>
    public async Task<ScenarioResult> RunScenarioAsync(GherkinPickle pickle, CancellationToken cancellationToken = default)
    {
        await StartTestRunAsync(cancellationToken).ConfigureAwait(false);
        var execution = CreateExecution(pickle);
        await execution.StartAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < pickle.Steps.Count; i++)
        {
            await execution.RunStepAsync(i, cancellationToken).ConfigureAwait(false);
        }

        return await execution.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    internal void Record(ScenarioResult result) => _results[result.PickleId] = result;

    internal void OnScenarioFailed()
    {
        if (Options.StopAtFirstError)
        {
            _stopRequested = true;
        }
    }

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return language == "en" ? CultureInfo.GetCultureInfo("en-US") : CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
