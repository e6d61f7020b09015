namespace MfaConformance.Cli.Targets;

/// <summary>A bad setting: names the key (or option, or variable) and what is wrong. Maps to exit code 2.</summary>
internal sealed class SettingsException(string setting, string problem) : Exception($"{setting}: {problem}")
{
    public string Setting { get; } = setting;

    public string Problem { get; } = problem;
}
