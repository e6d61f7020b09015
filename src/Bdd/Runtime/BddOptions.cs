using System.Reflection;

namespace MfaConformance.Bdd;

/// <summary>
/// How a <see cref="BddRuntime"/> runs: which features and bindings, which scenarios, which reports.
/// Usually built by <see cref="BddConfiguration.Load(string?)"/> from reqnroll.json and adjusted by the host.
/// </summary>
public sealed class BddOptions
{
    /// <summary>.feature files or folders (searched recursively). Relative paths are taken from <see cref="BaseDirectory"/>.</summary>
    public IList<string> FeaturePaths { get; } = [];

    /// <summary>Assemblies scanned for [Binding] classes.</summary>
    public IList<Assembly> BindingAssemblies { get; } = [];

    /// <summary>Extra [Binding] types (added to those of <see cref="BindingAssemblies"/>); handy for tests.</summary>
    public IList<Type> BindingTypes { get; } = [];

    /// <summary>Folder that relative feature and output paths start from. Default: the repository root.</summary>
    public string BaseDirectory { get; set; } = RepositoryRoot.Find();

    /// <summary>Gherkin language of the features when the file has no "# language:" line (reqnroll.json language.feature).</summary>
    public string FeatureLanguage { get; set; } = "en";

    /// <summary>Tag expression selecting scenarios, e.g. "@smoke and not @serial". Null: all.</summary>
    public string? TagFilter { get; set; }

    /// <summary>Checks that every step has exactly one binding without calling any binding or hook.</summary>
    public bool DryRun { get; set; }

    /// <summary>reqnroll.json runtime.stopAtFirstError: after the first failed scenario, the rest are skipped.</summary>
    public bool StopAtFirstError { get; set; }

    public MissingOrPendingStepsOutcome MissingOrPendingStepsOutcome { get; set; } = MissingOrPendingStepsOutcome.Error;

    /// <summary>Scenarios run at the same time by <see cref="BddRuntime.RunAsync"/> (scenarios tagged @serial run alone). Default: processor count.</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Tag (without '@') that keeps a scenario out of parallel execution.</summary>
    public string SerialTag { get; set; } = "serial";

    /// <summary>Report folder; relative to <see cref="BaseDirectory"/>. Default reports/conformance.</summary>
    public string OutputFolder { get; set; } = Path.Combine("reports", "conformance");

    public ReportFormats Formats { get; set; } = ReportFormats.All;

    /// <summary>reqnroll.json trace.coloredOutput: ANSI colours in console summaries.</summary>
    public bool ColoredOutput { get; set; }

    /// <summary>Instances every scenario can receive by constructor injection (the target, a shared client...).</summary>
    public TestRunContext Services { get; } = new();

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal string Resolve(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(BaseDirectory, path));

    internal string ResolvedOutputFolder => Resolve(OutputFolder);
}
