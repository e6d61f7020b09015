namespace MfaConformance.Bdd.Gherkin;

/// <summary>Cucumber tag expressions: "@smoke and not (@needs-clock or @slow)". Tags compare case-insensitively, '@' optional.</summary>
public sealed class TagExpression
{
    private readonly Func<IReadOnlyCollection<string>, bool> _evaluate;

    private TagExpression(string text, Func<IReadOnlyCollection<string>, bool> evaluate)
    {
        Text = text;
        _evaluate = evaluate;
    }

    public string Text { get; }

    /// <summary>Parses the expression; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static TagExpression Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var tokens = expression.Replace("(", " ( ").Replace(")", " ) ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return new TagExpression(expression, _ => true);
        }

        var position = 0;
        var result = ParseOr(tokens, ref position, expression);
        if (position != tokens.Length)
        {
            throw new ArgumentException($"Tag expression \"{expression}\": unexpected '{tokens[position]}'.", nameof(expression));
        }

        return new TagExpression(expression, result);
    }

    /// <param name="tags">Tags with or without '@'.</param>
    public bool Evaluate(IEnumerable<string> tags) =>
        _evaluate(tags.Select(t => t.TrimStart('@')).ToHashSet(StringComparer.OrdinalIgnoreCase));

    public override string ToString() => Text;

    private static Func<IReadOnlyCollection<string>, bool> ParseOr(string[] t, ref int p, string text)
    {
        var left = ParseAnd(t, ref p, text);
        while (p < t.Length && t[p].Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            p++;
            var (l, r) = (left, ParseAnd(t, ref p, text));
            left = tags => l(tags) || r(tags);
        }

        return left;
    }

    private static Func<IReadOnlyCollection<string>, bool> ParseAnd(string[] t, ref int p, string text)
    {
        var left = ParseNot(t, ref p, text);
        while (p < t.Length && t[p].Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            p++;
            var (l, r) = (left, ParseNot(t, ref p, text));
            left = tags => l(tags) && r(tags);
        }

        return left;
    }

    private static Func<IReadOnlyCollection<string>, bool> ParseNot(string[] t, ref int p, string text)
    {
        if (p >= t.Length)
        {
            throw new ArgumentException($"Tag expression \"{text}\" ends too early.", nameof(text));
        }

        var token = t[p++];
        if (token.Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            var operand = ParseNot(t, ref p, text);
            return tags => !operand(tags);
        }

        if (token == "(")
        {
            var inner = ParseOr(t, ref p, text);
            if (p >= t.Length || t[p] != ")")
            {
                throw new ArgumentException($"Tag expression \"{text}\": missing ')'.", nameof(text));
            }

            p++;
            return inner;
        }

        if (token is ")" || token.Equals("and", StringComparison.OrdinalIgnoreCase) || token.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Tag expression \"{text}\": unexpected '{token}'.", nameof(text));
        }

        var tag = token.TrimStart('@');
        return tags => tags.Contains(tag);
    }
}
