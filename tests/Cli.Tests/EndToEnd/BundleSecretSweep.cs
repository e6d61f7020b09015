using System.Text.RegularExpressions;
using MfaConformance.Client;

namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>
/// Searches every file of a folder for secret values, and for secret JSON fields whose value is not masked
/// (in any escaping: JSON, JSON inside JSON, HTML, XML). Every secret is searched for by value anywhere, passwords
/// included: the password literals of the feature files (public, in every report's step text) never go over the
/// wire, the step definitions send same-shape stand-ins in their place. Digit-only values are searched for outside
/// JSON number values.
/// </summary>
internal static partial class BundleSecretSweep
{
    public static IReadOnlyList<string> Find(string folder, IReadOnlyDictionary<string, HashSet<string>> secrets)
    {
        var leaks = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var (key, values) in secrets)
            {
                foreach (var value in values)
                {
                    // A digit-only secret (an OTP) must stand alone: not inside a longer run of letters or digits (a
                    // session's UUID such as P-...-06c74e635526 holds six-digit runs) nor as a JSON number (Reqnroll's
                    // messages hold thousands of six-digit numbers, "nanos":125700; OTPs always travel as strings).
                    var found = value.All(char.IsAsciiDigit)
                        ? Regex.IsMatch(text, $@"(?<![0-9A-Za-z])(?<!"":\s*){value}(?![0-9A-Za-z])")
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
}
