using MfaConformance.Bdd;
using MfaConformance.Cli.Conformance;
using MfaConformance.Cli.Targets;
using MfaConformance.LoadScenarios;

namespace MfaConformance.Cli.Load;

/// <summary>The conformance suite's binding runtime for the Gherkin load scenarios (no reports), or null when no features are found.</summary>
internal static class LoadSuite
{
    public static BddRuntime? TryCreate(string? suiteRoot)
    {
        string root;
        try
        {
            root = suiteRoot ?? SuiteLocator.FindSuiteRoot();
        }
        catch (SettingsException)
        {
            return null;
        }

        var options = SuiteLocator.LoadOptions(root);
        options.Formats = ReportFormats.None;
        options.TagFilter = null;
        return BddRuntime.Create(options);
    }

    /// <summary>`load --list`: the C# flows, then the @load Gherkin scenarios.</summary>
    public static void WriteList(TextWriter output, BddRuntime? runtime)
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
