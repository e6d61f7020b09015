using System.Text;
using System.Text.RegularExpressions;

namespace MfaConformance.LoadScenarios.Gherkin;

/// <summary>Stable snake_case names: the words of a text without quoted values, lower-case, joined by '_', at most 80 characters.</summary>
public static partial class SnakeCase
{
    private const int MaxLength = 80;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Word().Matches(Quoted().Replace(text, " ")).Select(m => m.Value.ToLowerInvariant());
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (builder.Length + word.Length + 1 > MaxLength)
            {
                break;
            }

            builder.Append(builder.Length == 0 ? string.Empty : "_").Append(word);
        }

        return builder.Length == 0 ? "step" : builder.ToString();
    }

    [GeneratedRegex("\"[^\"]*\"|<[^>]*>")]
    private static partial Regex Quoted();

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Word();
}
