namespace MfaConformance.Tests.Shared;

/// <summary>A theory that needs Cucumber's npm tools (see <see cref="CucumberToolsFactAttribute"/>).</summary>
public sealed class CucumberToolsTheoryAttribute : TheoryAttribute
{
    public CucumberToolsTheoryAttribute()
    {
        if (CucumberTools.MissingReason is { } reason && Environment.GetEnvironmentVariable(CucumberTools.RequireVariable) != "1")
        {
            Skip = reason;
        }
    }
}
