using System.Collections.Concurrent;
using System.Reflection;
using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Runtime;
namespace MfaConformance.Bdd.Xunit;

/// <summary>
/// One <see cref="BddRun"/> per (test assembly, features path) for the xUnit integration, started before its first
/// scenario and finished after the last one. xUnit builds test cases independently, so this process-level map is the
/// one shared place; scenario state itself lives in Reqnroll's per-scenario containers.
/// </summary>
internal static class XunitBddHost
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<BddRun>>> Runs = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Selections = new(StringComparer.Ordinal);
    private static int _exitHookRegistered;

    /// <summary>reqnroll.json next to the test assembly, else at the suite's root (<see cref="RepositoryRoot.ShippedSuite"/>); the test assembly is Reqnroll's test assembly.</summary>
    public static BddOptions LoadOptions(string assemblyPath, string featuresPath)
    {
        var assemblyDir = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        var root = RepositoryRoot.ShippedSuite(assemblyDir) ?? RepositoryRoot.Find(assemblyDir);
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

    /// <summary>The pickles xUnit was asked to run (before any runs): the run's messages then hold exactly those.</summary>
    public static void Select(string assemblyPath, string featuresPath, IReadOnlyList<string> pickleIds) =>
        Selections[Key(assemblyPath, featuresPath)] = pickleIds;

    public static async Task<BddRun> GetAsync(Assembly testAssembly, string featuresPath)
    {
        EnsureExitFallback(testAssembly);
        var lazy = Runs.GetOrAdd(Key(testAssembly.Location, featuresPath), _ => new Lazy<Task<BddRun>>(() => CreateAsync(testAssembly, featuresPath)));
        return await lazy.Value.ConfigureAwait(false);
    }

    /// <summary>Finishes every run: remaining [AfterFeature], [AfterTestRun], the report files.</summary>
    public static async Task FinishAllAsync()
    {
        foreach (var (key, lazy) in Runs.ToArray())
        {
            Runs.TryRemove(key, out _);
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
            {
                await lazy.Value.Result.FinishAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Without <see cref="BddTestFramework"/> nothing tells us when the last test case ends: finish at process exit.</summary>
    private static void EnsureExitFallback(Assembly testAssembly)
    {
        if (testAssembly.GetCustomAttribute<global::Xunit.TestFrameworkAttribute>() is null && Interlocked.Exchange(ref _exitHookRegistered, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => FinishAllAsync().GetAwaiter().GetResult();
        }
    }

    private static async Task<BddRun> CreateAsync(Assembly testAssembly, string featuresPath)
    {
        var options = LoadOptions(testAssembly.Location, featuresPath);
        options.TestAssembly = testAssembly;
        var run = BddRun.Create(options, Selections.GetValueOrDefault(Key(testAssembly.Location, featuresPath)));
        await run.StartAsync().ConfigureAwait(false);
        return run;
    }

    private static string Key(string assemblyPath, string featuresPath) => Path.GetFullPath(assemblyPath) + "|" + featuresPath;
}
