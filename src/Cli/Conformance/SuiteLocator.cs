using MfaConformance.Bdd;
using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Conformance;

/// <summary>
/// Finds the scenarios: the nearest folder holding features/ from the current directory upwards, else the copy
/// next to the application (features/ and reqnroll.json are copied into the CLI's output).
/// </summary>
internal static class SuiteLocator
{
    public const string FeaturesFolder = "features";

    /// <summary>The folder that holds features/ (and usually reqnroll.json). Throws <see cref="SettingsException"/> when none is found.</summary>
    public static string FindSuiteRoot(string? currentDirectory = null, string? appBaseDirectory = null)
    {
        var start = Path.GetFullPath(currentDirectory ?? Directory.GetCurrentDirectory());
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (HasFeatures(dir.FullName))
            {
                return dir.FullName;
            }
        }

        var appDir = appBaseDirectory ?? AppContext.BaseDirectory;
        return HasFeatures(appDir)
            ? Path.GetFullPath(appDir)
            : throw new SettingsException(FeaturesFolder, $"no '{FeaturesFolder}' folder with .feature files in '{start}' or its parents, nor next to the application ('{appDir}')");
    }

    /// <summary>BddOptions from the suite's reqnroll.json (defaults when absent), with the step definitions among Reqnroll's binding assemblies.</summary>
    public static BddOptions LoadOptions(string suiteRoot)
    {
        var options = BddConfiguration.Load(Path.Combine(suiteRoot, BddConfiguration.FileName));
        options.BaseDirectory = suiteRoot;
        options.AddBindingAssembly(StepDefinitions.ConformanceSuite.BindingAssembly);
        return options;
    }

    private static bool HasFeatures(string dir)
    {
        var features = Path.Combine(dir, FeaturesFolder);
        return Directory.Exists(features) && Directory.EnumerateFiles(features, "*.feature", SearchOption.AllDirectories).Any();
    }
}
