using System.Text;
using System.Text.RegularExpressions;

namespace MfaConformance.Bdd;

/// <summary>
/// Converts a step expression to an anchored regex. Detects regular expressions as Reqnroll does (starts with '^',
/// ends with '$', or uses regex-only constructs); everything else is a Cucumber expression with parameters
/// ({int} {long} {float} {double} {decimal} {string} {word} {} and custom/enum types), optional text "(s)",
/// alternatives "a/b" and escapes "\(" "\{" "\/".
/// </summary>
internal static partial class CucumberExpression
{
    public const string IntegerPattern = @"-?\d+";
    public const string FloatPattern = @"-?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][-+]?\d+)?";
    public const string StringPattern = @"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'";

    public static bool IsRegex(string expression) =>
        expression.StartsWith('^') || expression.EndsWith('$') || RegexOnly().IsMatch(expression);

    /// <summary>The regex of a built-in parameter type, or null.</summary>
    public static string? BuiltIn(string name) => name switch
    {
        "int" or "long" or "short" or "byte" or "biginteger" => IntegerPattern,
        "float" or "double" or "decimal" or "bigdecimal" => FloatPattern,
        "string" => StringPattern,
        "word" => @"[^\s]+",
        "" => ".*",
        _ => null,
    };

    /// <summary>
    /// Converts a Cucumber expression. <paramref name="resolveParameter"/> gets (name, parameter index) and returns
    /// the regex of a custom parameter type, or null when unknown.
    /// </summary>
    public static ConvertedExpression ToRegex(string expression, Func<string, int, string?> resolveParameter)
    {
        var tokens = Tokenize(expression);
        var pattern = new StringBuilder("^");
        var parameters = new List<string>();
        var chunk = new List<Token>();
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Whitespace or TokenKind.Parameter)
            {
                RenderChunk(chunk, pattern, expression);
                chunk.Clear();
                if (token.Kind == TokenKind.Whitespace)
                {
                    pattern.Append(Regex.Escape(token.Text));
                    continue;
                }

                var regex = BuiltIn(token.Text) ?? resolveParameter(token.Text, parameters.Count)
                    ?? throw new BddBindingException($"Unknown parameter type {{{token.Text}}} in the Cucumber expression \"{expression}\". "
                        + "Built-in: {int} {long} {float} {double} {decimal} {string} {word} {}; define others with [StepArgumentTransformation(regex, Name = \"...\")] or use an enum type.");
                pattern.Append('(').Append(NonCapturing(regex)).Append(')');
                parameters.Add(token.Text);
            }
            else
            {
                chunk.Add(token);
            }
        }

        RenderChunk(chunk, pattern, expression);
        pattern.Append('$');
        return new ConvertedExpression(pattern.ToString(), parameters);
    }

    /// <summary>Makes the capturing groups of a custom parameter regex non-capturing, so one parameter is one group.</summary>
    internal static string NonCapturing(string regex)
    {
        var sb = new StringBuilder(regex.Length + 8);
        for (var i = 0; i < regex.Length; i++)
        {
            var c = regex[i];
            if (c == '\\' && i + 1 < regex.Length)
            {
                sb.Append(c).Append(regex[++i]);
            }
            else if (c == '(' && (i + 1 >= regex.Length || regex[i + 1] != '?'))
            {
                sb.Append("(?:");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static void RenderChunk(List<Token> chunk, StringBuilder pattern, string expression)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        if (!chunk.Any(t => t.Kind == TokenKind.Slash))
        {
            foreach (var t in chunk)
            {
                pattern.Append(Render(t));
            }

            return;
        }

        var alternatives = new List<string> { string.Empty };
        foreach (var t in chunk)
        {
            if (t.Kind == TokenKind.Slash)
            {
                alternatives.Add(string.Empty);
            }
            else
            {
                alternatives[^1] += Render(t);
            }
        }

        if (alternatives.Any(a => a.Length == 0))
        {
            throw new BddBindingException($"Empty alternative in the Cucumber expression \"{expression}\" (a '/' needs text on both sides; escape a literal slash as \\/).");
        }

        pattern.Append("(?:").Append(string.Join('|', alternatives)).Append(')');
    }

    private static string Render(Token t) => t.Kind == TokenKind.Optional ? $"(?:{Regex.Escape(t.Text)})?" : Regex.Escape(t.Text);

    private static List<Token> Tokenize(string expression)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            switch (c)
            {
                case '\\' when i + 1 < expression.Length:
                    tokens.Add(new Token(TokenKind.Text, expression[i + 1].ToString()));
                    i += 2;
                    break;
                case '{':
                    var close = expression.IndexOf('}', i);
                    if (close < 0)
                    {
                        throw new BddBindingException($"Missing '}}' in the Cucumber expression \"{expression}\" (escape a literal brace as \\{{).");
                    }

                    tokens.Add(new Token(TokenKind.Parameter, expression[(i + 1)..close]));
                    i = close + 1;
                    break;
                case '(':
                    var (text, end) = ReadOptional(expression, i);
                    tokens.Add(new Token(TokenKind.Optional, text));
                    i = end;
                    break;
                case '/':
                    tokens.Add(new Token(TokenKind.Slash, "/"));
                    i++;
                    break;
                default:
                    tokens.Add(new Token(char.IsWhiteSpace(c) ? TokenKind.Whitespace : TokenKind.Text, c.ToString()));
                    i++;
                    break;
            }
        }

        return tokens;
    }

    private static (string Text, int End) ReadOptional(string expression, int start)
    {
        var sb = new StringBuilder();
        for (var i = start + 1; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '\\' && i + 1 < expression.Length)
            {
                sb.Append(expression[++i]);
            }
            else if (c == ')')
            {
                return sb.Length == 0
                    ? throw new BddBindingException($"Empty optional text '()' in the Cucumber expression \"{expression}\".")
                    : (sb.ToString(), i + 1);
            }
            else if (c is '{' or '(')
            {
                throw new BddBindingException($"A parameter or optional cannot be nested in optional text in the Cucumber expression \"{expression}\".");
            }
            else
            {
                sb.Append(c);
            }
        }

        throw new BddBindingException($"Missing ')' in the Cucumber expression \"{expression}\" (escape a literal parenthesis as \\().");
    }

    [GeneratedRegex(@"\(\.[*+?]\)|\.\*|\.\+|\\[dDwWsSbB]|\[[^\]]*\]|\(\?|\)[*+?]|\\\.|\|")]
    private static partial Regex RegexOnly();

    private enum TokenKind
    {
        Text,
        Whitespace,
        Parameter,
        Optional,
        Slash,
    }

    private readonly record struct Token(TokenKind Kind, string Text);
}
