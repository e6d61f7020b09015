using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MfaConformance.Bdd;

/// <summary>Writes a ready-to-paste binding for an undefined step, with {string}/{int}/{float} inferred from the text.</summary>
internal static partial class StepSnippetGenerator
{
    public static string Generate(GherkinPickleStep step)
    {
        var expression = new StringBuilder();
        var parameters = new List<string>();
        var last = 0;
        foreach (Match m in Arguments().Matches(step.Text))
        {
            expression.Append(Escape(step.Text[last..m.Index]));
            var (type, csharp) = m.Groups["str"].Success ? ("string", "string") : m.Groups["float"].Success ? ("float", "double") : ("int", "int");
            expression.Append('{').Append(type).Append('}');
            parameters.Add($"{csharp} p{parameters.Count}");
            last = m.Index + m.Length;
        }

        expression.Append(Escape(step.Text[last..]));
        if (step.Table is not null)
        {
            parameters.Add("DataTable dataTable");
        }
        else if (step.DocString is not null)
        {
            parameters.Add("string docString");
        }

        var keyword = step.BindingKeyword.ToString();
        var name = keyword + string.Concat(Words().Matches(Arguments().Replace(step.Text, " ")).Select(w => Capitalize(w.Value)));
        return new StringBuilder()
            .Append('[').Append(keyword).Append("(@\"").Append(expression.ToString().Replace("\"", "\"\"")).AppendLine("\")]")
            .Append("public void ").Append(name).Append('(').Append(string.Join(", ", parameters)).AppendLine(")")
            .AppendLine("{")
            .AppendLine("    throw new PendingStepException();")
            .Append('}')
            .ToString();
    }

    private static string Escape(string literal) =>
        literal.Replace(@"\", @"\\").Replace("(", @"\(").Replace("{", @"\{").Replace("/", @"\/");

    private static string Capitalize(string word) =>
        char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    [GeneratedRegex(@"(?<str>""[^""]*"")|(?<float>(?<![\w.])-?\d+\.\d+(?![\w.]))|(?<int>(?<![\w.])-?\d+(?![\w.]))")]
    private static partial Regex Arguments();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Words();
}
