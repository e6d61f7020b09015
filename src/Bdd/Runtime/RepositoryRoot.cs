namespace MfaConformance.Bdd;

/// <summary>Finds the repository root: the nearest ancestor holding MfaConformance.sln (else the start folder).</summary>
public static class RepositoryRoot
{
    public const string SolutionFileName = "MfaConformance.sln";

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
}
