using System.Diagnostics;

namespace MfaConformance.Bdd;

public sealed partial class BddRuntime
{
    private readonly Lock _runGate = new();
    private readonly List<string> _runErrors = [];
    private Task? _testRunStart;
    private Task<TestRunResult>? _testRunFinish;
    private DateTimeOffset _runStartedAt;
    private long _runStartTimestamp;

    internal Exception? TestRunError { get; private set; }

    /// <summary>Runs every selected pickle (in parallel up to MaxParallelism; @serial ones afterwards, one at a time), then finishes the run.</summary>
    public async Task<TestRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        await StartTestRunAsync(cancellationToken).ConfigureAwait(false);
        var serial = Pickles.Where(p => p.HasTag(Options.SerialTag)).ToArray();
        var parallel = Pickles.Except(serial).ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(parallel, options, async (pickle, ct) => await RunScenarioAsync(pickle, ct).ConfigureAwait(false)).ConfigureAwait(false);
        foreach (var pickle in serial)
        {
            await RunScenarioAsync(pickle, cancellationToken).ConfigureAwait(false);
        }

        return await FinishTestRunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the [BeforeTestRun] hooks once (later calls await the same run). A failure fails every scenario.</summary>
    public Task StartTestRunAsync(CancellationToken cancellationToken = default)
    {
        lock (_runGate)
        {
            return _testRunStart ??= StartCoreAsync();
        }
    }

    /// <summary>Runs [AfterFeature] and [AfterTestRun] hooks once, builds the result and writes the reports.</summary>
    public Task<TestRunResult> FinishTestRunAsync(CancellationToken cancellationToken = default)
    {
        lock (_runGate)
        {
            _testRunStart ??= StartCoreAsync();
            return _testRunFinish ??= FinishCoreAsync();
        }
    }

    /// <summary>The results recorded so far, grouped by feature, in file order.</summary>
    public TestRunResult Snapshot() => new()
    {
        StartedAt = _runStartedAt,
        Duration = _runStartTimestamp == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(_runStartTimestamp),
        RunErrors = [.. _runErrors],
        Features = [.. _features
            .Select(f => new FeatureResult
            {
                Feature = f.Info,
                Source = f.Source,
                Scenarios = [.. f.Pickles.Where(p => _results.ContainsKey(p.Id)).Select(p => _results[p.Id]).OrderBy(r => _order[r.PickleId])],
            })
            .Where(f => f.Scenarios.Count > 0)],
    };

    internal Task RunBeforeFeatureAsync(FeatureContext context) =>
        RunStaticHooksAsync(HookType.BeforeFeature, context.FeatureInfo.Tags, context, throwOnError: true);

    private async Task StartCoreAsync()
    {
        _runStartedAt = Options.TimeProvider.GetUtcNow();
        _runStartTimestamp = Stopwatch.GetTimestamp();
        if (Options.DryRun)
        {
            return;
        }

        try
        {
            await RunStaticHooksAsync(HookType.BeforeTestRun, [], null, throwOnError: true).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            TestRunError = ex;
            _runErrors.Add($"[BeforeTestRun] failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<TestRunResult> FinishCoreAsync()
    {
        await StartTestRunAsync().ConfigureAwait(false);
        if (!Options.DryRun)
        {
            foreach (var state in _featureStates.Values.Where(s => s.Started && s.Error is null))
            {
                await RunStaticHooksAsync(HookType.AfterFeature, state.Context.FeatureInfo.Tags, state.Context, throwOnError: false).ConfigureAwait(false);
            }

            await RunStaticHooksAsync(HookType.AfterTestRun, [], null, throwOnError: false).ConfigureAwait(false);
        }

        var result = Snapshot();
        if (Options.Formats != ReportFormats.None)
        {
            try
            {
                ReportWriter.WriteAll(result, Options.ResolvedOutputFolder, Options.Formats);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _runErrors.Add($"Writing reports to '{Options.ResolvedOutputFolder}' failed: {ex.Message}");
                result = Snapshot();
            }
        }

        return result;
    }

    private async Task RunStaticHooksAsync(HookType type, IReadOnlyList<string> tags, FeatureContext? feature, bool throwOnError)
    {
        foreach (var hook in Registry.HooksOf(type).Where(h => h.AppliesTo(tags)))
        {
            try
            {
                var args = hook.Invoker.Parameters.Select(p => ResolveRunLevel(p.ParameterType, feature, hook)).ToArray();
                await hook.Invoker.InvokeAsync(null, args).ConfigureAwait(false);
            }
            catch (Exception ex) when (!throwOnError)
            {
                _runErrors.Add($"[{type}] hook {hook.Invoker.Description} failed: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    private object ResolveRunLevel(Type type, FeatureContext? feature, HookBinding hook)
    {
        if (feature is not null && type == typeof(FeatureContext))
        {
            return feature;
        }

        return Services.TryGet(type, out var value)
            ? value
            : throw new BddBindingException($"{hook.Invoker.Description}: cannot provide a {type.Name}; run-level hooks can take TestRunContext, FeatureContext (feature hooks) or registered test-run instances.");
    }
}
