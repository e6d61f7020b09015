using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MfaConformance.Targets.Suite;

/// <summary>
/// Which suite a run used: the folder its .feature files came from and a content hash of them (SHA-256 over every
/// file's relative path and bytes, in order), so a report says exactly what was checked.
/// </summary>
/// <param name="Folder">The features folder, absolute.</param>
/// <param name="Hash">"sha256:" and the first 16 hex digits of the hash.</param>
/// <param name="FeatureFiles">How many .feature files it holds.</param>
/// <param name="Shipped">True for the suite the tool ships with, false for one named by suite.features.</param>
public sealed record SuiteSource(string Folder, string Hash, int FeatureFiles, bool Shipped)
{
    public static SuiteSource Of(string featuresFolder, bool shipped)
    {
        var folder = Path.GetFullPath(featuresFolder);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }

        var hash = Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
        return new SuiteSource(folder, $"sha256:{hash}", files.Count, shipped);
    }

    /// <summary>One line for consoles and reports: "the tool's suite /repo/features (17 feature files, sha256:...)".</summary>
    public string Description =>
        string.Create(CultureInfo.InvariantCulture, $"{(Shipped ? "the tool's suite" : "the suite of suite.features")} {Folder} ({FeatureFiles} feature files, {Hash})");
}
