using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace MfaConformance.Bdd;

/// <summary>
/// Reqnroll's method-name convention for attributes without an expression: "Given_the_user_has_COUNT_devices"
/// (or PascalCase) matches "the user has 3 devices"; a word equal to a parameter name (any case) is that parameter.
/// </summary>
internal static partial class MethodNameExpression
{
    public static string From(MethodInfo method)
    {
        var parameters = method.GetParameters().Select(p => p.Name ?? string.Empty).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = Words(method.Name).ToList();
        if (words.Count > 0 && words[0] is "given" or "when" or "then" or "and" or "but")
        {
            words.RemoveAt(0);
        }

        var sb = new StringBuilder();
        foreach (var word in words)
        {
            sb.Append(sb.Length == 0 ? string.Empty : " ").Append(parameters.Contains(word) ? "(.*)" : Regex.Escape(word));
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Words(string name) =>
        name.Contains('_')
            ? name.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant())
            : PascalWords().Matches(name).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")]
    private static partial Regex PascalWords();
}
