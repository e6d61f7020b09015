using System.Globalization;
using System.Text.RegularExpressions;

namespace MfaConformance.Bdd;

/// <summary>Turns captured step text, data tables and doc strings into binding method arguments.</summary>
internal sealed class ArgumentBinder(BindingRegistry registry, CultureInfo featureCulture)
{
    public object?[] Bind(StepMatch match, GherkinPickleStep step, ScenarioContainer container)
    {
        var binding = match.Binding!;
        var parameters = binding.Invoker.Parameters;
        var args = new object?[parameters.Count];
        var culture = binding.Culture ?? featureCulture;
        for (var i = 0; i < match.Captures.Count && i < parameters.Count; i++)
        {
            var text = match.Captures[i];
            if (i < binding.ParameterTypes.Count && binding.ParameterTypes[i] == "string")
            {
                text = Unquote(text);
            }

            args[i] = ConvertText(text, parameters[i].ParameterType, culture, container, $"parameter '{parameters[i].Name}' of {binding.Invoker.Description}");
        }

        if (parameters.Count == match.Captures.Count + 1)
        {
            var last = parameters[^1];
            var where = $"parameter '{last.Name}' of {binding.Invoker.Description}";
            if (step.Table is not null)
            {
                args[^1] = ConvertTable(Copy(step.Table), last.ParameterType, container, where);
            }
            else if (step.DocString is not null)
            {
                args[^1] = ConvertText(step.DocString, last.ParameterType, culture, container, where);
            }
        }

        return args;
    }

    public object? ConvertText(string text, Type target, CultureInfo culture, ScenarioContainer container, string where)
    {
        foreach (var t in registry.Transformations)
        {
            if (t.ReturnType == target && t.InputType == typeof(string) && (t.Regex is null || t.Regex.IsMatch(text)))
            {
                var input = t.Regex is not null && t.Regex.GetGroupNumbers().Length > 1 ? FirstGroup(t.Regex, text) : text;
                return Invoke(t, input, container);
            }
        }

        return ValueConverter.TryConvert(text, target, culture, out var value)
            ? value
            : throw new BddBindingException($"Cannot convert \"{text}\" to {target.Name} for {where}.");
    }

    private object? ConvertTable(DataTable table, Type target, ScenarioContainer container, string where)
    {
        if (target == typeof(DataTable))
        {
            return table;
        }

        var transformation = registry.Transformations.FirstOrDefault(t => t.ReturnType == target && t.InputType == typeof(DataTable))
            ?? throw new BddBindingException($"Cannot convert a data table to {target.Name} for {where}: take a DataTable, or add a [StepArgumentTransformation] from DataTable.");
        return Invoke(transformation, table, container);
    }

    private static object? Invoke(TransformationBinding t, object input, ScenarioContainer container)
    {
        var target = t.Invoker.IsStatic ? null : container.Resolve(t.Invoker.Method.DeclaringType!);
        return t.Invoker.Invoke(target, [input]);
    }

    private static string FirstGroup(Regex regex, string text) => regex.Match(text).Groups[1].Value;

    private static DataTable Copy(DataTable table)
    {
        var copy = new DataTable(table.Header);
        foreach (var row in table.Rows)
        {
            copy.AddRow(row.Values);
        }

        return copy;
    }

    private static string Unquote(string text)
    {
        if (text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0])
        {
            var quote = text[0];
            return text[1..^1].Replace("\\" + quote, quote.ToString()).Replace(@"\\", @"\");
        }

        return text;
    }
}
