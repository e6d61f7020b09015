using System.Security.Cryptography;

namespace MfaConformance.Cli.Accept;

/// <summary>
/// The bundle's SHA-256 manifest, in the format of <c>sha256sum</c> ("hex, two spaces, relative path", sorted), so
/// <c>cd bundle &amp;&amp; sha256sum -c SHA256SUMS</c> checks it.
/// </summary>
internal static class BundleManifest
{
    public const string FileName = "SHA256SUMS";

    public static string Write(string folder)
    {
        var lines = Files(folder)
            .Select(path => $"{Hash(Path.Combine(folder, path))}  {path}")
            .ToList();
        var manifest = Path.Combine(folder, FileName);
        File.WriteAllText(manifest, string.Join('\n', lines) + "\n");
        return manifest;
    }

    /// <summary>Every file under the folder but the manifest, as sorted forward-slash relative paths.</summary>
    public static IReadOnlyList<string> Files(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != FileName)
            .Order(StringComparer.Ordinal),
    ];

    public static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
