using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace MfaConformance.Bdd;

/// <summary>All step definitions, hooks and transformations found in [Binding] classes, with compiled regexes and invokers.</summary>
internal sealed class BindingRegistry
{
    private const BindingFlags Methods = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

    private BindingRegistry(List<StepDefinitionBinding> steps, List<HookBinding> hooks, List<TransformationBinding> transformations)
    {
        StepDefinitions = steps;
        Transformations = transformations;
        Hooks = hooks.GroupBy(h => h.HookType).ToDictionary(g => g.Key, g => g.OrderBy(h => h.Order).ToArray());
    }

    public IReadOnlyList<StepDefinitionBinding> StepDefinitions { get; }

    public IReadOnlyList<TransformationBinding> Transformations { get; }

    private Dictionary<HookType, HookBinding[]> Hooks { get; }

    public IReadOnlyList<HookBinding> HooksOf(HookType type) => Hooks.TryGetValue(type, out var hooks) ? hooks : [];

    public static IEnumerable<Type> BindingTypesOf(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.IsClass && t.GetCustomAttribute<BindingAttribute>(inherit: true) is not null);

    /// <summary>Reads the given [Binding] types; throws <see cref="BddBindingException"/> listing every problem found.</summary>
    public static BindingRegistry Build(IEnumerable<Type> types)
    {
        var errors = new List<string>();
        var typeList = types.Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        var transformations = new List<TransformationBinding>();
        var hooks = new List<HookBinding>();
        var steps = new List<StepDefinitionBinding>();

        foreach (var method in typeList.SelectMany(t => t.GetMethods(Methods)))
        {
            foreach (var attr in method.GetCustomAttributes<StepArgumentTransformationAttribute>())
            {
                Collect(errors, method, () => transformations.Add(CreateTransformation(method, attr)));
            }

            foreach (var attr in method.GetCustomAttributes<HookAttribute>())
            {
                Collect(errors, method, () => hooks.Add(CreateHook(method, attr)));
            }
        }

        foreach (var method in typeList.SelectMany(t => t.GetMethods(Methods)))
        {
            foreach (var attr in method.GetCustomAttributes<StepDefinitionBaseAttribute>())
            {
                Collect(errors, method, () => steps.Add(CreateStep(method, attr, transformations)));
            }
        }

        return errors.Count > 0
            ? throw new BddBindingException($"Invalid bindings:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors))
            : new BindingRegistry(steps, hooks, transformations);
    }

    private static void Collect(List<string> errors, MethodInfo method, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is BddBindingException or ArgumentException)
        {
            errors.Add($"{method.DeclaringType?.Name}.{method.Name}: {ex.Message}");
        }
    }

    private static TransformationBinding CreateTransformation(MethodInfo method, StepArgumentTransformationAttribute attr)
    {
        if (method.GetParameters().Length != 1 || method.ReturnType == typeof(void))
        {
            throw new BddBindingException("a [StepArgumentTransformation] takes one parameter (string or DataTable) and returns a value.");
        }

        var regex = attr.Regex is null ? null : new Regex($"^(?:{attr.Regex})$", RegexOptions.CultureInvariant);
        return new TransformationBinding(new MethodInvoker(method), regex, attr.Name);
    }

    private static HookBinding CreateHook(MethodInfo method, HookAttribute attr)
    {
        if (attr.HookType is HookType.BeforeTestRun or HookType.AfterTestRun or HookType.BeforeFeature or HookType.AfterFeature && !method.IsStatic)
        {
            throw new BddBindingException($"[{attr.HookType}] hooks must be static (as in Reqnroll).");
        }

        return new HookBinding(new MethodInvoker(method), attr.HookType, attr.Tags, attr.Order);
    }

    private static StepDefinitionBinding CreateStep(MethodInfo method, StepDefinitionBaseAttribute attr, List<TransformationBinding> transformations)
    {
        var culture = attr.Culture is null ? null : CultureInfo.GetCultureInfo(attr.Culture);
        var invoker = new MethodInvoker(method);
        var expression = attr.Expression ?? MethodNameExpression.From(method);
        if (attr.Expression is null || CucumberExpression.IsRegex(expression))
        {
            var pattern = expression;
            if (!pattern.StartsWith('^'))
            {
                pattern = "^" + pattern;
            }

            if (!pattern.EndsWith('$'))
            {
                pattern += "$";
            }

            var options = RegexOptions.CultureInvariant | (attr.Expression is null ? RegexOptions.IgnoreCase : RegexOptions.None);
            return new StepDefinitionBinding(invoker, attr.Keywords, expression, new Regex(pattern, options), [], false, culture);
        }

        var parameters = method.GetParameters();
        var converted = CucumberExpression.ToRegex(expression, (name, index) => CustomParameter(name, index, parameters, transformations));
        return new StepDefinitionBinding(invoker, attr.Keywords, expression, new Regex(converted.Pattern, RegexOptions.CultureInvariant), converted.ParameterTypes, true, culture);
    }

    private static string? CustomParameter(string name, int index, ParameterInfo[] parameters, List<TransformationBinding> transformations)
    {
        var custom = transformations.FirstOrDefault(t => t.Regex is not null
            && (string.Equals(t.Name, name, StringComparison.Ordinal) || (t.Name is null && string.Equals(t.ReturnType.Name, name, StringComparison.Ordinal))));
        if (custom is not null)
        {
            var source = custom.Regex!.ToString();
            return source[4..^2];
        }

        var type = index < parameters.Length ? Nullable.GetUnderlyingType(parameters[index].ParameterType) ?? parameters[index].ParameterType : null;
        if (type is null || !string.Equals(type.Name, name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return type.IsEnum ? "(?i:" + string.Join('|', Enum.GetNames(type).Select(Regex.Escape)) + ")" : ".*";
    }
}
