using System.Text.RegularExpressions;
using MfaConformance.Client;

using MfaConformance.Client.Redaction;
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
    /// <summary>Characters of a secret's prefix used to find its candidates in one pass over a file.</summary>
    private const int PrefixLength = 6;

    public static IReadOnlyList<string> Find(string folder, IReadOnlyDictionary<string, HashSet<string>> secrets)
    {
        // One pass per file, not one per secret (thousands of secrets, megabytes of Cucumber messages): digit-only
        // secrets are looked up among the file's standalone digit runs, the others among the places where one of
        // their 6-character prefixes occurs.
        var digits = secrets.SelectMany(s => s.Value.Where(IsDigits).Select(v => (v, s.Key))).ToLookup(x => x.v, x => x.Key, StringComparer.Ordinal);
        var others = secrets.SelectMany(s => s.Value.Where(v => v.Length > 0 && !IsDigits(v)).Select(v => (Value: v, s.Key))).ToList();
        var byPrefix = others.Where(o => o.Value.Length >= PrefixLength)
            .GroupBy(o => o.Value[..PrefixLength], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var prefixes = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        var shorts = others.Where(o => o.Value.Length < PrefixLength).ToList();
        var leaks = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            // A .gz (the Cucumber messages) is searched unpacked.
            var text = Support.ReportText.Read(file);
            var found = new HashSet<(string Key, string Value)>();
            var where = new Dictionary<string, string>(StringComparer.Ordinal);

            // Cucumber's own script in that report is static (the same bytes in every report) and holds number tables
            // whose six-digit entries would match OTPs by chance: digit-only secrets are not searched for in it.
            var app = Support.ReportText.AppScript(text);
            var digitText = app.Length == 0 ? text : text.Replace(app, string.Empty, StringComparison.Ordinal);

            // A digit-only secret (an OTP) must stand alone: not inside a longer run of letters or digits (a session's
            // UUID such as P-...-06c74e635526 holds six-digit runs) nor as a JSON number (Reqnroll's messages hold
            // thousands of six-digit numbers, "nanos":125700; OTPs always travel as strings).
            foreach (Match run in StandaloneDigits().Matches(digitText))
            {
                foreach (var key in digits[run.Value])
                {
                    found.Add((key, run.Value));
                    where.TryAdd(key, Around(digitText, run.Index, run.Length));
                }
            }

            var span = text.AsSpan();
            for (var i = 0; i + PrefixLength <= span.Length; i++)
            {
                if (prefixes.TryGetValue(span.Slice(i, PrefixLength), out var candidates))
                {
                    foreach (var (value, key) in candidates)
                    {
                        if (span[i..].StartsWith(value, StringComparison.Ordinal))
                        {
                            found.Add((key, value));
                        }
                    }
                }
            }

            foreach (var (value, key) in shorts.Where(o => text.Contains(o.Value, StringComparison.Ordinal)))
            {
                found.Add((key, value));
            }

            leaks.AddRange(found.Select(f => $"{Path.GetRelativePath(folder, file)} contains a {f.Key} value"
                + (where.TryGetValue(f.Key, out var context) ? $" ({context})" : "")));
        }

        return leaks;
    }

    /// <summary>The text around a match, the match itself masked, so that a failure says where without repeating it.</summary>
    private static string Around(string text, int index, int length)
    {
        var from = Math.Max(0, index - 60);
        var to = Math.Min(text.Length, index + length + 60);
        return text[from..index] + "[match]" + text[(index + length)..to];
    }

    public static IReadOnlyList<string> FindUnmaskedFields(string folder)
    {
        var keys = string.Join("|", SecretRedactor.DefaultSecretKeys);
        // A masked value starts with *** (a truncated body keeps no closing quote); curl reproductions use $NAME placeholders.
        var pattern = new Regex($"\"(?<key>{keys})\"\\s*:\\s*\"(?!\\*\\*\\*)(?!\\$[A-Z_]+\")(?<value>[^\"]+)\"", RegexOptions.IgnoreCase);
        var leaks = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var text = Normalize(Support.ReportText.Read(file));
            leaks.AddRange(pattern.Matches(text).Select(m => $"{Path.GetRelativePath(folder, file)}: \"{m.Groups["key"].Value}\" is not masked"));
        }

        return leaks;
    }

    private static bool IsDigits(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    // Not inside a run of letters or digits, not a JSON number, and not a segment of a hyphen-joined identifier (the
    // Cucumber messages' ids are "<prefix>-<counter>", e.g. add26754-123456; a UUID's last group is all digits at times).
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<![0-9A-Za-z]-)(?<!"":\s*)[0-9]+(?![0-9A-Za-z])(?!-[0-9A-Za-z])")]
    private static partial Regex StandaloneDigits();

    private static string Normalize(string text) => text
        .Replace("&quot;", "\"", StringComparison.Ordinal)
        .Replace("&#34;", "\"", StringComparison.Ordinal)
        .Replace("\\u0022", "\"", StringComparison.OrdinalIgnoreCase)
        .Replace("\\\\\\\"", "\"", StringComparison.Ordinal)
        .Replace("\\\"", "\"", StringComparison.Ordinal);
}
