namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// Where the suite is, answered once: the repository root (the nearest ancestor holding MfaConformance.sln), and the
/// suite the tool ships with (<see cref="ShippedSuite"/>), found from the application's own folder, never from the
/// current one.
/// </summary>
public static class RepositoryRoot
{
    public const string SolutionFileName = "MfaConformance.sln";

    public const string FeaturesFolder = "features";

    public static string Find(string? startDirectory = null)
    {
        var start = Path.GetFullPath(startDirectory ?? Directory.GetCurrentDirectory());
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        return start;
    }

    /// <summary>
    /// The folder holding the features/ (and reqnroll.json) the tool ships with: the repository the application was
    /// built in (found from <paramref name="applicationDirectory"/> upwards: MfaConformance.sln beside features/), else
    /// the copy next to the application (an installed tool); null when neither has .feature files. The current folder
    /// plays no part: run from another project's folder, the tool still runs its own suite.
    /// </summary>
    public static string? ShippedSuite(string? applicationDirectory = null)
    {
        var app = Path.GetFullPath(applicationDirectory ?? AppContext.BaseDirectory);
        for (var dir = new DirectoryInfo(app); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)) && HasFeatures(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return HasFeatures(app) ? app : null;
    }

    private static bool HasFeatures(string dir)
    {
        var features = Path.Combine(dir, FeaturesFolder);
        return Directory.Exists(features) && Directory.EnumerateFiles(features, "*.feature", SearchOption.AllDirectories).Any();
    }
}
