namespace MfaConformance.StepDefinitions.Rules;

/// <summary>The tag that ties a scenario to a documented rule of the matrix: <c>@rule:&lt;id&gt;</c>.</summary>
public static class RuleTag
{
    public const string Prefix = "rule:";

    public static string For(string ruleId) => "@" + Prefix + ruleId;
}
