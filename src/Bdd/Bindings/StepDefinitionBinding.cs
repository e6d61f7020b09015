using System.Globalization;
using System.Text.RegularExpressions;

namespace MfaConformance.Bdd;

internal sealed class StepDefinitionBinding(
    MethodInvoker invoker, IReadOnlyList<StepDefinitionKeyword> keywords, string expression, Regex regex,
    IReadOnlyList<string> parameterTypes, bool isCucumber, CultureInfo? culture)
{
    public MethodInvoker Invoker { get; } = invoker;

    public IReadOnlyList<StepDefinitionKeyword> Keywords { get; } = keywords;

    public string Expression { get; } = expression;

    public Regex Regex { get; } = regex;

    /// <summary>Cucumber parameter type names per capture group ("string" groups lose their quotes).</summary>
    public IReadOnlyList<string> ParameterTypes { get; } = parameterTypes;

    public bool IsCucumber { get; } = isCucumber;

    public CultureInfo? Culture { get; } = culture;

    public string Description => $"{Invoker.Description} [{Expression}]";
}
