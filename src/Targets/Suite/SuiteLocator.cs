using MfaConformance.Bdd;
using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Targets.Errors;
namespace MfaConformance.Targets.Suite;

/// <summary>
/// The suite a command runs: the features the tool ships with (<see cref="RepositoryRoot.ShippedSuite"/>: from the
/// tool's own build output or repository, never the current folder), unless a features folder is given. Its
/// reqnroll.json is always the tool's.
/// </summary>
public static class SuiteLocator
{
    public const string FeaturesFolder = RepositoryRoot.FeaturesFolder;

    /// <summary>The folder holding the shipped features/ and reqnroll.json; throws <see cref="SettingsException"/> when the tool has none.</summary>
    public static string ShippedRoot(string? applicationDirectory = null) =>
        RepositoryRoot.ShippedSuite(applicationDirectory)
        ?? throw new SettingsException(FeaturesFolder, $"the tool's own '{FeaturesFolder}' folder was not found next to the application ('{applicationDirectory ?? AppContext.BaseDirectory}') nor in the repository it was built in");

    /// <summary>
    /// BddOptions for the suite: the shipped reqnroll.json, the step definitions among Reqnroll's binding assemblies,
    /// and the features of <paramref name="featuresFolder"/> (null: the shipped ones).
    /// </summary>
    public static BddOptions LoadOptions(string? featuresFolder = null, string? suiteRoot = null)
    {
        var root = suiteRoot ?? ShippedRoot();
        var options = BddConfiguration.Load(Path.Combine(root, BddConfiguration.FileName));
        options.BaseDirectory = root;
        options.AddBindingAssembly(MfaConformance.StepDefinitions.Suite.ConformanceSuite.BindingAssembly);
        if (featuresFolder is not null)
        {
            var folder = Path.GetFullPath(featuresFolder);
            options.FeaturePaths.Clear();
            options.FeaturePaths.Add(folder);
            options.BaseDirectory = Path.GetDirectoryName(folder) ?? folder;
        }

        return options;
    }

    /// <summary>The source of the suite <see cref="LoadOptions"/> gives for the same arguments.</summary>
    public static SuiteSource SourceOf(string? featuresFolder = null, string? suiteRoot = null) =>
        featuresFolder is not null
            ? SuiteSource.Of(featuresFolder, shipped: false)
            : SuiteSource.Of(Path.Combine(suiteRoot ?? ShippedRoot(), FeaturesFolder), shipped: true);
}
