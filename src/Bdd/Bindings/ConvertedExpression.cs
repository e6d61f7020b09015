namespace MfaConformance.Bdd;

/// <summary>An anchored regex and the parameter type names of a Cucumber expression (empty for regexes).</summary>
internal sealed record ConvertedExpression(string Pattern, IReadOnlyList<string> ParameterTypes);
