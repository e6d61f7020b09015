using System.Reflection;
using System.Text.Json.Nodes;

namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// How a <see cref="BddRun"/> runs: the features, the reqnroll.json Reqnroll is configured with, which scenarios and
/// which report files. Usually built by <see cref="BddConfiguration.Load(string?)"/> and adjusted by the host.
/// </summary>
public sealed class BddOptions
{
    /// <summary>.feature files or folders (searched recursively). Relative paths are taken from <see cref="BaseDirectory"/>.</summary>
    public IList<string> FeaturePaths { get; } = [];

    /// <summary>Folder that relative feature and report paths start from. Default: the repository root.</summary>
    public string BaseDirectory { get; set; } = RepositoryRoot.Find();

    /// <summary>Gherkin language of the features when a file has no "# language:" line (reqnroll.json language.feature).</summary>
    public string FeatureLanguage { get; set; } = "en";

    /// <summary>Tag expression selecting scenarios, e.g. "@smoke and not @needs-clock". Null: all.</summary>
    public string? TagFilter { get; set; }

    /// <summary>Scenarios run at the same time by <see cref="BddRun.RunAllAsync"/>. Default: processor count.</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// The reqnroll.json given to Reqnroll (its own keys: bindingAssemblies, runtime, trace...). The "formatters" section
    /// is read into <see cref="Formatters"/>; our "mfaConformance" section is ignored by Reqnroll.
    /// </summary>
    public JsonObject ReqnrollJson { get; set; } = [];

    /// <summary>
    /// Report files by formatter: "html" and "message" (Reqnroll's Cucumber HTML report and Cucumber messages) and
    /// "junit" (JUnit XML from the same run). Paths relative to <see cref="BaseDirectory"/>. Empty: no report file.
    /// </summary>
    public IDictionary<string, string> Formatters { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Facts about the run written into the JUnit report as &lt;properties&gt; (e.g. which suite ran: its folder and content hash).</summary>
    public IDictionary<string, string> ReportProperties { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>When set, every formatter writes its file (same file name) into this folder instead.</summary>
    public string? OutputFolder { get; set; }

    /// <summary>The assembly Reqnroll takes as the test assembly (its bindings and [assembly: RuntimePlugin] count). Default: this one (no bindings).</summary>
    public Assembly TestAssembly { get; set; } = typeof(BddOptions).Assembly;

    /// <summary>
    /// Reqnroll's step trace (the "-> done: Steps.Method(...)" lines) in each scenario's output. Off for load, where
    /// nobody reads it and formatting it costs CPU on every step.
    /// </summary>
    public bool TraceSteps { get; set; } = true;

    /// <summary>
    /// Called after each scenario (outline row) finishes with the counts so far: finished, and of them not passed
    /// (failed, undefined, ambiguous, pending; skipped ones count as passed here). From parallel scenarios, one at a time.
    /// </summary>
    public Action<int, int>? ScenarioFinished { get; set; }

    /// <summary>Adds <paramref name="assembly"/> to reqnroll.json bindingAssemblies unless it is there already (or is the test assembly).</summary>
    public void AddBindingAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var name = assembly.GetName().Name!;
        if (assembly == TestAssembly || BindingAssemblyNames.Contains(name, StringComparer.Ordinal))
        {
            return;
        }

        if (ReqnrollJson["bindingAssemblies"] is not JsonArray list)
        {
            ReqnrollJson["bindingAssemblies"] = list = [];
        }

        list.Add(new JsonObject { ["assembly"] = name });
    }

    /// <summary>The assembly names of reqnroll.json bindingAssemblies.</summary>
    public IReadOnlyList<string> BindingAssemblyNames =>
        ReqnrollJson["bindingAssemblies"] is JsonArray list
            ? [.. list.OfType<JsonObject>().Select(o => o["assembly"]?.GetValue<string>()).OfType<string>()]
            : [];

    /// <summary>The absolute path formatter <paramref name="name"/> writes to, or null when it is not configured.</summary>
    public string? ReportPath(string name)
    {
        if (!Formatters.TryGetValue(name, out var path) || string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var file = OutputFolder is null ? path : Path.Combine(OutputFolder, Path.GetFileName(path));
        return Path.GetFullPath(Path.IsPathRooted(file) ? file : Path.Combine(BaseDirectory, file));
    }

    /// <summary>Every report file configured, absolute.</summary>
    public IReadOnlyList<string> ReportPaths => [.. Formatters.Keys.Order(StringComparer.Ordinal).Select(ReportPath).OfType<string>()];
}
