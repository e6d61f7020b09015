using System.Text.RegularExpressions;
using MfaConformance.Client;

namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>
/// Searches every file of a folder for secret values, and for secret JSON fields whose value is not masked
/// (in any escaping: JSON, JSON inside JSON, HTML, XML). Passwords written in the feature files' step text (public
/// test values such as "Passw0rd!old") are legitimately in the step text of the reports, so those are checked
/// by field only; every other secret by value anywhere.
/// </summary>
internal static partial class BundleSecretSweep
{
    private static readonly string[] PasswordKeys = ["password", "confirmPassword", "newPassword"];

    public static IReadOnlyList<string> Find(string folder, IReadOnlyDictionary<string, HashSet<string>> secrets)
    {
        var featureText = FeatureText();
        var leaks = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var (key, values) in secrets)
            {
                var isPassword = PasswordKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
                foreach (var value in values.Where(v => !(isPassword && featureText.Contains(v, StringComparison.Ordinal))))
                {
                    var found = value.All(char.IsAsciiDigit)
                        ? Regex.IsMatch(text, $@"(?<!\d){value}(?!\d)")
                        : text.Contains(value, StringComparison.Ordinal);
                    if (found)
                    {
                        leaks.Add($"{Path.GetRelativePath(folder, file)} contains a {key} value");
                    }
                }
            }
        }

        return leaks;
    }

    public static IReadOnlyList<string> FindUnmaskedFields(string folder)
    {
        var keys = string.Join("|", SecretRedactor.DefaultSecretKeys);
        // A masked value starts with *** (a truncated body keeps no closing quote); curl reproductions use $NAME placeholders.
        var pattern = new Regex($"\"(?<key>{keys})\"\\s*:\\s*\"(?!\\*\\*\\*)(?!\\$[A-Z_]+\")(?<value>[^\"]+)\"", RegexOptions.IgnoreCase);
        var leaks = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var text = Normalize(File.ReadAllText(file));
            leaks.AddRange(pattern.Matches(text).Select(m => $"{Path.GetRelativePath(folder, file)}: \"{m.Groups["key"].Value}\" is not masked"));
        }

        return leaks;
    }

    private static string Normalize(string text) => text
        .Replace("&quot;", "\"", StringComparison.Ordinal)
        .Replace("&#34;", "\"", StringComparison.Ordinal)
        .Replace("\\u0022", "\"", StringComparison.OrdinalIgnoreCase)
        .Replace("\\\\\\\"", "\"", StringComparison.Ordinal)
        .Replace("\\\"", "\"", StringComparison.Ordinal);

    private static string FeatureText()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var features = Path.Combine(dir.FullName, "features");
            if (Directory.Exists(features) && Directory.EnumerateFiles(features, "*.feature").Any())
            {
                return string.Concat(Directory.EnumerateFiles(features, "*.feature").Select(File.ReadAllText));
            }
        }

        throw new InvalidOperationException("features/ not found above the test folder");
    }
}
