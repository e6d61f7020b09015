using System.Collections.Concurrent;
using System.Reflection;

namespace MfaConformance.Bdd;

/// <summary>
/// One runtime per (test assembly, features path) for the xUnit integration. xUnit builds test cases independently,
/// so this process-level map is the one shared place; scenario state itself stays per runtime and per scenario.
/// </summary>
internal static class XunitBddHost
{
    private static int _exitHookRegistered;

    private static readonly ConcurrentDictionary<string, Lazy<Task<(BddRuntime Runtime, IBddTestRunHost? Host)>>> Runtimes = new(StringComparer.Ordinal);

    public static BddOptions LoadOptions(string assemblyPath, string featuresPath)
    {
        var assemblyDir = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        var root = RepositoryRoot.Find(assemblyDir);
        var local = Path.Combine(assemblyDir, BddConfiguration.FileName);
        var options = BddConfiguration.Load(File.Exists(local) ? local : Path.Combine(root, BddConfiguration.FileName));
        options.BaseDirectory = root;
        options.FeaturePaths.Clear();
        var fromRoot = Path.Combine(root, featuresPath);
        options.FeaturePaths.Add(Directory.Exists(fromRoot) || File.Exists(fromRoot) ? fromRoot : Path.Combine(assemblyDir, featuresPath));
        return options;
    }

    public static IReadOnlyList<GherkinPickle> Discover(string assemblyPath, string featuresPath)
    {
        var options = LoadOptions(assemblyPath, featuresPath);
        var pickles = FeatureLoader.LoadAll(options.FeaturePaths, options.BaseDirectory, options.FeatureLanguage).SelectMany(f => f.Pickles);
        var filter = options.TagFilter is { Length: > 0 } f ? TagExpression.Parse(f) : null;
        return [.. pickles.Where(p => filter?.Evaluate(p.Tags) ?? true)];
    }

    public static async Task<BddRuntime> GetAsync(Assembly testAssembly, string featuresPath)
    {
        EnsureExitFallback(testAssembly);
        var key = testAssembly.Location + "|" + featuresPath;
        var lazy = Runtimes.GetOrAdd(key, _ => new Lazy<Task<(BddRuntime, IBddTestRunHost?)>>(() => CreateAsync(testAssembly, featuresPath)));
        return (await lazy.Value.ConfigureAwait(false)).Runtime;
    }

    /// <summary>Finishes every runtime of the run: [AfterFeature]/[AfterTestRun] hooks, reports, host disposal.</summary>
    public static async Task FinishAllAsync()
    {
        foreach (var (key, lazy) in Runtimes.ToArray())
        {
            Runtimes.TryRemove(key, out _);
            if (!lazy.IsValueCreated || !lazy.Value.IsCompletedSuccessfully)
            {
                continue;
            }

            var (runtime, host) = lazy.Value.Result;
            await runtime.FinishTestRunAsync().ConfigureAwait(false);
            if (host is not null)
            {
                await host.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Without <see cref="BddTestFramework"/> nothing tells us when the last test case ends; finish (hooks, reports)
    /// at process exit as a best effort.
    /// </summary>
    private static void EnsureExitFallback(Assembly testAssembly)
    {
        var framework = testAssembly.GetCustomAttribute<Xunit.TestFrameworkAttribute>();
        if (framework is null && Interlocked.Exchange(ref _exitHookRegistered, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => FinishAllAsync().GetAwaiter().GetResult();
        }
    }

    private static async Task<(BddRuntime, IBddTestRunHost?)> CreateAsync(Assembly testAssembly, string featuresPath)
    {
        var options = LoadOptions(testAssembly.Location, featuresPath);
        if (!options.BindingAssemblies.Contains(testAssembly))
        {
            options.BindingAssemblies.Add(testAssembly);
        }

        var runtime = BddRuntime.Create(options);
        IBddTestRunHost? host = null;
        if (testAssembly.GetCustomAttribute<BddTestRunHostAttribute>() is { } attribute)
        {
            host = Activator.CreateInstance(attribute.HostType) as IBddTestRunHost
                ?? throw new BddConfigurationException($"{attribute.HostType.Name} named by [BddTestRunHost] must implement IBddTestRunHost.");
            await host.StartAsync(runtime, CancellationToken.None).ConfigureAwait(false);
        }

        await runtime.StartTestRunAsync().ConfigureAwait(false);
        return (runtime, host);
    }
}
