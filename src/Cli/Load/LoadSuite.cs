using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadScenarios;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Suite;
namespace MfaConformance.Cli.Load;

/// <summary>
/// The load's Reqnroll run (<see cref="LoadReqnrollRun"/>): the suite's features and step definitions; without
/// features only the C# flows are available.
/// </summary>
internal static class LoadSuite
{
    /// <param name="featuresFolder">The features (suite.features); null: the ones the tool ships with.</param>
    public static BddRun Create(string? featuresFolder, out bool hasFeatures)
    {
        BddOptions options;
        try
        {
            options = SuiteLocator.LoadOptions(featuresFolder);
            hasFeatures = true;
        }
        catch (SettingsException)
        {
            options = new BddOptions();
            options.FeaturePaths.Clear();
            hasFeatures = false;
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
            output.WriteLine("(the tool's features/ folder was not found: Gherkin scenarios are not listed)");
        }
    }
}
