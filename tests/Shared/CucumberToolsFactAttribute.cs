namespace MfaConformance.Tests.Shared;

/// <summary>A fact that needs Cucumber's npm tools: skipped with the reason when they are missing, except in CI (MFA_REQUIRE_NODE_TOOLS=1).</summary>
public sealed class CucumberToolsFactAttribute : FactAttribute
{
    public CucumberToolsFactAttribute()
    {
        if (CucumberTools.MissingReason is { } reason && Environment.GetEnvironmentVariable(CucumberTools.RequireVariable) != "1")
        {
            Skip = reason;
        }
    }
}
