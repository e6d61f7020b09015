using MfaConformance.Bdd;
using MfaConformance.Cli.Conformance;
using MfaConformance.Cli.Targets;
using MfaConformance.LoadScenarios;

namespace MfaConformance.Cli.Load;

/// <summary>
/// The load's Reqnroll run (<see cref="LoadReqnrollRun"/>): the suite's features and step definitions; without a
/// features/ folder only the C# flows are available.
/// </summary>
internal static class LoadSuite
{
    public static BddRun Create(string? suiteRoot, out bool hasFeatures)
    {
        string? root;
        try
        {
            root = suiteRoot ?? SuiteLocator.FindSuiteRoot();
        }
        catch (SettingsException)
        {
            root = null;
        }

        hasFeatures = root is not null;
        var options = root is null ? new BddOptions() : SuiteLocator.LoadOptions(root);
        if (root is null)
        {
            options.FeaturePaths.Clear();
        }

        return LoadReqnrollRun.Create(options);
    }

    /// <summary>`load --list`: the C# flows, then the @load Gherkin scenarios.</summary>
    public static void WriteList(TextWriter output, BddRun? runtime)
    {
        var scenarios = LoadScenarioCatalog.List(runtime);
        var width = scenarios.Max(s => s.Name.Length);
        foreach (var scenario in scenarios)
        {
            output.WriteLine($"{scenario.Name.PadRight(width)}  {scenario.Kind,-7}  {scenario.Description}");
        }

        if (runtime is null)
        {
            output.WriteLine("(no features/ folder found: Gherkin scenarios are not listed)");
        }
    }
}
