using System.Text.RegularExpressions;

namespace MfaConformance.Bdd;

internal sealed class TransformationBinding(MethodInvoker invoker, Regex? regex, string? name)
{
    public MethodInvoker Invoker { get; } = invoker;

    /// <summary>When set, the transformation only applies to values matching it (anchored).</summary>
    public Regex? Regex { get; } = regex;

    /// <summary>Cucumber parameter type name, when it defines one.</summary>
    public string? Name { get; } = name;

    public Type ReturnType => Invoker.Method.ReturnType;

    public Type InputType => Invoker.Parameters[0].ParameterType;
}
